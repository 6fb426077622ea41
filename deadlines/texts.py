"""Every sentence the engine can say, each written whole in Kazakh, Russian and English.

Sentences are never glued together from fragments: word order and case endings differ between the
three languages, so each variant (e.g. the criminal caveat before and after 1 July 2027) is written
out in full. Placeholders are filled by ``explain.render`` with language-aware values: a date
becomes "30 April 2026" / "30 апреля 2026 года" / "2026 жылғы 30 сәуір" (``{x_loc}`` gives the
Kazakh locative "2026 жылғы 30 сәуірде"), ``{doc}`` the regime's name for the filing, ``{act}``
the contested act in the case the sentence needs, and ``{n}`` comes with correctly declined nouns.
Terminology follows the Kazakh and Russian texts of the codes (өтінішхат / ходатайство before the
reform, кассациялық шағым / кассационная жалоба after it).
"""

from __future__ import annotations

LANGS = ("kk", "ru", "en")

MONTHS = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
           "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "kk_loc": ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
               "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"),
    "kk_attr": ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы",
                "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы",
                "қарашадағы", "желтоқсандағы"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня",
           "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

ASTANA_TIME = {"kk": "Астана уақыты", "ru": "время Астаны", "en": "Astana time"}

# The filing's name in each regime: nominative, genitive (ru), instrumental/"with" form.
DOCUMENT = {
    "supreme_court": {
        "kk": {"doc": "өтінішхат", "doc_gen": "өтінішхат", "doc_ins": "өтінішхатпен"},
        "ru": {"doc": "ходатайство", "doc_gen": "ходатайства", "doc_ins": "ходатайством"},
        "en": {"doc": "petition", "doc_gen": "petition", "doc_ins": "petition"},
    },
    "cassation_courts": {
        "kk": {"doc": "кассациялық шағым", "doc_gen": "кассациялық шағым",
               "doc_ins": "кассациялық шағыммен"},
        "ru": {"doc": "кассационная жалоба", "doc_gen": "кассационной жалобы",
               "doc_ins": "кассационной жалобой"},
        "en": {"doc": "cassation complaint", "doc_gen": "cassation complaint",
               "doc_ins": "cassation complaint"},
    },
}  # fmt: skip

# The contested criminal act as art. 487 part 2 names it: kk accusative, ru genitive.
ACT = {
    "kk": {
        "conviction": ("сотталған адамның жағдайын нашарлататын негіздер бойынша айыптау үкімін"),
        "acquittal": "ақтау үкімін",
        "termination": "соттың істі тоқтату туралы қаулысын",
    },
    "ru": {
        "conviction": ("обвинительного приговора по основаниям, ухудшающим положение осуждённого"),
        "acquittal": "оправдательного приговора",
        "termination": "постановления суда о прекращении дела",
    },
    "en": {
        "conviction": "a conviction on grounds that worsen the convicted person's position",
        "acquittal": "an acquittal",
        "termination": "a court's resolution to terminate the case",
    },
}

# Holidays of the Law on holidays (``holidays_law``), as the sentences name them.
HOLIDAY = {
    "kk": {
        "new_year": "Жаңа жыл",
        "womens_day": "Халықаралық әйелдер күні",
        "nauryz": "Наурыз мейрамы",
        "unity_day": "Қазақстан халқының бірлігі мерекесі",
        "defender_day": "Отан қорғаушы күні",
        "victory_day": "Жеңіс күні",
        "capital_day": "Астана күні",
        "republic_day": "Республика күні",
        "independence_day": "Тәуелсіздік күні",
    },
    "ru": {
        "new_year": "Новый год",
        "womens_day": "Международный женский день",
        "nauryz": "Наурыз мейрамы",
        "unity_day": "Праздник единства народа Казахстана",
        "defender_day": "День защитника Отечества",
        "victory_day": "День Победы",
        "capital_day": "День Столицы",
        "republic_day": "День Республики Казахстан",
        "independence_day": "День Независимости",
    },
    "en": {
        "new_year": "New Year",
        "womens_day": "International Women's Day",
        "nauryz": "Nauryz",
        "unity_day": "the Day of Unity of the People of Kazakhstan",
        "defender_day": "Defender of the Fatherland Day",
        "victory_day": "Victory Day",
        "capital_day": "Capital Day",
        "republic_day": "Republic Day",
        "independence_day": "Independence Day",
    },
}

GROUNDS_438_6 = {
    "kk": "адамдардың өмірі мен денсаулығы, экономика немесе ұлттық қауіпсіздік үшін ауыр "
    "қайтымсыз салдарлар; белгісіз адамдар тобының құқықтары мен заңды мүдделерінің немесе өзге "
    "де жария мүдделердің бұзылуы; соттардың құқық нормаларын түсіндіруі мен қолдануындағы "
    "біркелкіліктің бұзылуы",
    "ru": "тяжкие необратимые последствия для жизни и здоровья людей, экономики или национальной "
    "безопасности; нарушение прав и законных интересов неопределённого круга лиц или иных "
    "публичных интересов; нарушение единообразия в толковании и применении судами норм права",
    "en": "grave irreversible consequences for people's life and health, the economy or national "
    "security; violation of the rights and legitimate interests of an indefinite circle of persons "
    "or other public interests; violation of the uniformity of the courts' interpretation and "
    "application of the law",
}

S: dict[str, tuple[str, str, str]] = {}
"""Sentence key -> (kk, ru, en) templates."""

S["regime.supreme_court"] = (
    "Жауап Қазақстан Республикасының Жоғарғы Сотына кассациялық тәртіппен қайта қарау туралы "
    "өтінішхат беру қағидалары бойынша дайындалды.",
    "Ответ подготовлен по правилам подачи ходатайства о пересмотре судебного акта в "
    "кассационном порядке в Верховный Суд Республики Казахстан.",
    "This answer follows the rules for filing a petition for cassation review with the Supreme "
    "Court of the Republic of Kazakhstan.",
)
S["regime.cassation_courts"] = (
    "Жауап 2025 жылғы 1 шілдеден бастап қолданылатын кассациялық соттарға кассациялық шағым беру "
    "қағидалары бойынша дайындалды.",
    "Ответ подготовлен по правилам подачи кассационной жалобы в кассационные суды, действующим "
    "с 1 июля 2025 года.",
    "This answer follows the rules for filing a cassation complaint with the cassation courts, in "
    "force from 1 July 2025.",
)
# A regime chosen by the day (``auto``): which day chose it, then what the law of that period is.
S["regime.chosen_by_filing"] = (
    "Құжат берілген күні ({day}) күшінде болған заң қолданылады.",
    "Применяется закон, действовавший в день подачи ({day}).",
    "The law in force on the day of filing ({day}) applies.",
)
S["regime.chosen_by_today"] = (
    "Құжатты беру сәті көрсетілмеген, сондықтан бүгін ({day}) күшінде болған заң қолданылады.",
    "Момент подачи не указан, поэтому применяется закон, действующий сегодня ({day}).",
    "No moment of filing was given, so the law in force today ({day}) applies.",
)
S["regime.period.supreme_court"] = (
    "2025 жылғы 30 маусымға дейін сот актілерін кассациялық тәртіппен Қазақстан Республикасының "
    "Жоғарғы Соты өтінішхат бойынша, алдын ала қарау арқылы қайта қараған.",
    "До 30 июня 2025 года судебные акты в кассационном порядке пересматривал Верховный Суд "
    "Республики Казахстан по ходатайству, с предварительным рассмотрением.",
    "Until 30 June 2025 cassation review was a matter for the Supreme Court of the Republic of "
    "Kazakhstan, on a petition, with a preliminary review.",
)
S["regime.period.cassation_courts"] = (
    "2025 жылғы 1 шілдеден бастап кассациялық шағым Астана қаласындағы кассациялық соттарға "
    "беріледі; 2027 жылғы 30 маусымға дейін талап қою сомасы аз мүліктік даулар, қылмыстық теріс "
    "қылықтар мен онша ауыр емес қылмыстар туралы істер бойынша шектеулер сақталады.",
    "С 1 июля 2025 года кассационная жалоба подаётся в кассационные суды в городе Астане; до "
    "30 июня 2027 года сохраняются ограничения по имущественным спорам с небольшой суммой иска и "
    "по делам об уголовных проступках и преступлениях небольшой тяжести.",
    "From 1 July 2025 a cassation complaint is filed with the cassation courts in Astana; until "
    "30 June 2027 the bars on property disputes with small claims and on cases of criminal "
    "misdemeanours and crimes of minor gravity remain.",
)
S["regime.period.cassation_courts_2027"] = (
    "Кассациялық шағым Астана қаласындағы кассациялық соттарға беріледі; талап қою сомасы аз "
    "мүліктік даулар, қылмыстық теріс қылықтар мен онша ауыр емес қылмыстар туралы істер бойынша "
    "шектеулер, хабарламаларға сәйкес, 2027 жылғы 1 шілдеден бастап алынып тасталды (өзгерістердің "
    "мәтіні тексерілмеген).",
    "Кассационная жалоба подаётся в кассационные суды в городе Астане; ограничения по "
    "имущественным спорам с небольшой суммой иска и по делам об уголовных проступках и "
    "преступлениях небольшой тяжести, по имеющимся сообщениям, сняты с 1 июля 2027 года (текст "
    "изменений не проверен).",
    "A cassation complaint is filed with the cassation courts in Astana; the bars on property "
    "disputes with small claims and on cases of criminal misdemeanours and crimes of minor gravity "
    "are reported lifted from 1 July 2027 (the amended text was not verified).",
)
S["in_force"] = (
    "Сот актісінің заңды күшіне ену күні: {in_force}.",
    "Дата вступления судебного акта в законную силу: {in_force}.",
    "Date of the court act's entry into legal force: {in_force}.",
)

# --- Civil: can the act be reviewed at all (CPC 434.1, 436.2) ---------------------------------
S["reason.appeal_observed"] = (
    "Азаматтық процестік кодекстің 434-бабының бірінші бөлігіне сәйкес заңды күшіне енген сот "
    "актісі оған апелляциялық тәртіппен шағым жасау тәртібі сақталған жағдайда кассациялық "
    "тәртіппен қайта қаралуы мүмкін; бұл істе аталған шарт орындалған.",
    "Согласно части первой статьи 434 Гражданского процессуального кодекса вступивший в законную "
    "силу судебный акт может быть пересмотрен в кассационном порядке при условии соблюдения "
    "порядка его апелляционного обжалования; в данном случае это условие соблюдено.",
    "Under article 434 part 1 of the Civil Procedure Code, a court act that has entered into legal "
    "force may be reviewed in cassation provided the appellate procedure for challenging it was "
    "observed, as it was in this case.",
)
S["reason.supreme_court_collegium_act"] = (
    "Азаматтық процестік кодекстің 434-бабының бірінші бөлігіне сәйкес Жоғарғы Соттың "
    "мамандандырылған сот алқасының сот актілері кассациялық тәртіппен қайта қаралуы мүмкін; "
    "апелляциялық шағым жасау туралы шарт оларға қолданылмайды.",
    "Согласно части первой статьи 434 Гражданского процессуального кодекса судебные акты "
    "специализированной судебной коллегии Верховного Суда могут быть пересмотрены в кассационном "
    "порядке; условие об апелляционном обжаловании к ним не относится.",
    "Under article 434 part 1 of the Civil Procedure Code, court acts of the specialised judicial "
    "collegium of the Supreme Court may be reviewed in cassation; the appellate condition does not "
    "apply to them.",
)
S["reason.appeal_restoration_refused_reviewed"] = (
    "Апелляциялық шағым жасау мерзімі өткізіліп алынған, бірінші сатыдағы сот оны қалпына "
    "келтіруден бас тартқан, ал апелляциялық сатыдағы сот осы бас тартуға берілген жеке шағымды "
    "қараған; Азаматтық процестік кодекстің 436-бабының екінші бөлігіне сәйкес енді {doc} беруге "
    "болады.",
    "Срок апелляционного обжалования был пропущен, суд первой инстанции отказал в его "
    "восстановлении, а суд апелляционной инстанции рассмотрел частную жалобу на этот отказ; "
    "согласно части второй статьи 436 Гражданского процессуального кодекса теперь допускается "
    "подача {doc_gen}.",
    "The appeal term was missed, the court of first instance refused to restore it and the "
    "appellate court has considered the private complaint against that refusal; under article 436 "
    "part 2 of the Civil Procedure Code a {doc} may now be filed.",
)
S["reason.appeal_not_used"] = (
    "Сот актісіне апелляциялық тәртіппен шағым жасалмаған, сондықтан Азаматтық процестік "
    "кодекстің 434-бабының бірінші бөлігіне сәйкес ол тараптың өтініші бойынша кассациялық "
    "тәртіппен қайта қаралмайды. Кодекстің 436-бабының екінші бөлігіне сәйкес алдымен бірінші "
    "сатыдағы сотқа апелляциялық шағым жасау мерзімін қалпына келтіру туралы өтініш беріңіз; "
    "одан бас тартылса, апелляциялық сатыдағы сотқа жеке шағым беріңіз, және ол қаралғаннан кейін "
    "ғана {doc} беруге болады.",
    "Судебный акт не обжаловался в апелляционном порядке, поэтому согласно части первой статьи "
    "434 Гражданского процессуального кодекса по обращению стороны он не подлежит пересмотру в "
    "кассационном порядке. Согласно части второй статьи 436 сначала обратитесь в суд первой "
    "инстанции с заявлением о восстановлении срока апелляционного обжалования; если в "
    "восстановлении откажут, подайте частную жалобу в суд апелляционной инстанции, и только после "
    "её рассмотрения допускается подача {doc_gen}.",
    "The act was not challenged on appeal, so under article 434 part 1 of the Civil Procedure Code "
    "it cannot be reviewed in cassation on a party's {doc}. Under article 436 part 2, first ask "
    "the court of first instance to restore the appeal term; if it refuses, file a private "
    "complaint with the appellate court, and only after that court has considered it may a {doc} "
    "be filed.",
)
S["reason.exceptional_grounds"] = (
    "Сіз Азаматтық процестік кодекстің 438-бабының алтыншы бөлігінде көзделген ерекше негіздерге "
    "сілтеме жасайсыз ({grounds}).",
    "Вы ссылаетесь на исключительные основания, предусмотренные частью шестой статьи 438 "
    "Гражданского процессуального кодекса ({grounds}).",
    "You rely on the exceptional grounds of article 438 part 6 of the Civil Procedure Code "
    "({grounds}).",
)

# --- Civil: acts CPC 434.2 excludes from review (what the person said about the case) ----------
S["excluded.simplified_procedure"] = (
    "Азаматтық процестік кодекстің 434-бабы екінші бөлігінің 1) тармақшасына сәйкес осы "
    "Кодекстің 12 және 21-1-тарауларында көзделген оңайлатылған іс жүргізу тәртібімен қаралған "
    "істер бойынша сот актілері кассациялық тәртіппен қайта қаралмайды; сіз іс осылай қаралды деп "
    "көрсеттіңіз.",
    "Согласно подпункту 1) части второй статьи 434 Гражданского процессуального кодекса судебные "
    "акты по делам, рассмотренным в порядке упрощённого производства, предусмотренного главами 12 "
    "и 21-1 Кодекса, не подлежат пересмотру в кассационном порядке; вы указали, что дело было "
    "рассмотрено именно так.",
    "Under article 434 part 2 sub-item 1 of the Civil Procedure Code, court acts in cases heard in "
    "the simplified procedures of chapters 12 and 21-1 of the Code are not reviewed in cassation; "
    "you said the case was heard that way.",
)
S["excluded.settlement"] = (
    "Азаматтық процестік кодекстің 434-бабы екінші бөлігінің 2) тармақшасына сәйкес татуласу "
    "келісімімен, дауды медиация тәртібімен реттеу туралы келісіммен немесе дауды партисипативтік "
    "рәсім тәртібімен реттеу туралы келісіммен аяқталған істер бойынша сот актілері кассациялық "
    "тәртіппен қайта қаралмайды; сіз іс осылай аяқталды деп көрсеттіңіз.",
    "Согласно подпункту 2) части второй статьи 434 Гражданского процессуального кодекса судебные "
    "акты по делам, оконченным мировым соглашением, соглашением об урегулировании спора в порядке "
    "медиации или в порядке партисипативной процедуры, не подлежат пересмотру в кассационном "
    "порядке; вы указали, что дело окончено именно так.",
    "Under article 434 part 2 sub-item 2 of the Civil Procedure Code, court acts in cases ended by "
    "a settlement agreement, a mediation agreement or an agreement under the participative "
    "procedure are not reviewed in cassation; you said the case ended that way.",
)
S["excluded.small_property_claim"] = (
    "Азаматтық процестік кодекстің 434-бабы екінші бөлігінің 3) тармақшасына сәйкес талап қою "
    "сомасы жеке тұлғалар үшін екі мың АЕК-тен, заңды тұлғалар үшін отыз мың АЕК-тен кем мүліктік "
    "даулар бойынша сот актілері кассациялық тәртіппен қайта қаралмайды; сіз дау осындай деп "
    "көрсеттіңіз.",
    "Согласно подпункту 3) части второй статьи 434 Гражданского процессуального кодекса судебные "
    "акты по имущественным спорам с суммой иска менее двух тысяч МРП для физических лиц и менее "
    "тридцати тысяч МРП для юридических лиц не подлежат пересмотру в кассационном порядке; вы "
    "указали, что спор именно такой.",
    "Under article 434 part 2 sub-item 3 of the Civil Procedure Code, court acts in property "
    "disputes with a claim below 2,000 MCI for individuals or 30,000 MCI for legal entities are "
    "not reviewed in cassation; you said the dispute is of that kind.",
)

# The person says the claim is small, but on this day that bar is reported lifted (R3).
S["lifted.small_property_claim"] = (
    "Сіз дау талап қою сомасы жеке тұлғалар үшін екі мың АЕК-тен, заңды тұлғалар үшін отыз мың "
    "АЕК-тен кем мүліктік дау деп көрсеттіңіз. Азаматтық процестік кодекстің 434-бабы екінші "
    "бөлігінің 3) тармақшасы мұндай істерді 2027 жылғы 30 маусымға дейін кассациялық тәртіппен "
    "қайта қараудан шығарған; хабарламаларға сәйкес, бұл шектеу 2027 жылғы 1 шілдеден бастап "
    "алынып тасталды, сондықтан ол осы күні қайта қарауға кедергі болмайды.",
    "Вы указали, что спор имущественный, с суммой иска менее двух тысяч МРП для физических лиц "
    "или менее тридцати тысяч МРП для юридических лиц. Подпункт 3) части второй статьи 434 "
    "Гражданского процессуального кодекса исключал такие дела из пересмотра в кассационном порядке "
    "до 30 июня 2027 года; по имеющимся сообщениям, с 1 июля 2027 года это ограничение снято, "
    "поэтому на эту дату оно пересмотру не препятствует.",
    "You said the dispute is a property dispute with a claim below 2,000 MCI for individuals or "
    "30,000 MCI for legal entities. Article 434 part 2 sub-item 3 of the Civil Procedure Code "
    "excluded such cases from cassation review until 30 June 2027; that bar is reported lifted "
    "from 1 July 2027, so on this day it does not prevent review.",
)

# --- Criminal: acts CrPC 484 excludes from review (what the person said about the case) --------
S["excluded.not_reviewed_on_appeal"] = (
    "Қылмыстық-процестік кодекстің 484-бабының бірінші бөлігіне сәйкес бірінші сатыдағы соттардың "
    "үкімдері мен қаулылары апелляциялық сатыда қаралғаннан кейін ғана кассациялық тәртіппен "
    "қайта қаралады; сіз акт апелляциялық тәртіппен қаралмаған деп көрсеттіңіз.",
    "Согласно части первой статьи 484 Уголовно-процессуального кодекса приговоры и постановления "
    "судов первой инстанции пересматриваются в кассационном порядке только после их рассмотрения "
    "в апелляционной инстанции; вы указали, что акт в апелляционном порядке не рассматривался.",
    "Under article 484 part 1 of the Criminal Procedure Code, verdicts and resolutions of "
    "first-instance courts are reviewed in cassation only after they were considered on appeal; "
    "you said the act was not considered on appeal.",
)
S["excluded.misdemeanour_or_minor_crime"] = (
    "Қылмыстық-процестік кодекстің 484-бабы екінші бөлігінің 1) тармағына сәйкес қылмыстық теріс "
    "қылықтар мен онша ауыр емес қылмыстар туралы істер бойынша сот актілері кассациялық тәртіппен "
    "қайта қаралмайды; сіз іс осындай деп көрсеттіңіз. Осы баптың үшінші бөлігіне сәйкес мұндай "
    "актілер тек Бас Прокурордың немесе сол бөлікте аталған өзге прокурордың наразылығы бойынша "
    "қайта қаралуы мүмкін; оған наразылық келтіру туралы өтінішхатпен жүгінуге болады.",
    "Согласно пункту 1) части второй статьи 484 Уголовно-процессуального кодекса не подлежат "
    "пересмотру в кассационном порядке судебные акты по делам об уголовных проступках и "
    "преступлениях небольшой тяжести; вы указали, что дело именно такое. По части третьей этой "
    "статьи такие акты могут быть пересмотрены только по протесту Генерального Прокурора или "
    "иного названного в ней прокурора; к нему можно обратиться с ходатайством о принесении "
    "протеста.",
    "Under article 484 part 2 item 1 of the Criminal Procedure Code, court acts in cases of "
    "criminal misdemeanours and crimes of minor gravity are not reviewed in cassation; you said "
    "the case is of that kind. Under part 3 of that article such acts may be reviewed only on a "
    "protest of the Prosecutor General or of another prosecutor that part names, whom you may ask "
    "by a petition to bring one.",
)

# The person names the minor-crime bar, but on this day it is reported lifted (R3).
S["lifted.misdemeanour_or_minor_crime"] = (
    "Сіз іс қылмыстық теріс қылық немесе онша ауыр емес қылмыс туралы деп көрсеттіңіз. "
    "Қылмыстық-процестік кодекстің 484-бабы екінші бөлігінің 1) тармағы мұндай істерді 2027 "
    "жылғы 30 маусымға дейін кассациялық тәртіппен қайта қараудан шығарған; хабарламаларға "
    "сәйкес, бұл шектеу 2027 жылғы 1 шілдеден бастап алынып тасталды, сондықтан ол осы күні қайта "
    "қарауға кедергі болмайды.",
    "Вы указали, что дело об уголовном проступке или преступлении небольшой тяжести. Пункт 1) "
    "части второй статьи 484 Уголовно-процессуального кодекса исключал такие дела из пересмотра в "
    "кассационном порядке до 30 июня 2027 года; по имеющимся сообщениям, с 1 июля 2027 года это "
    "ограничение снято, поэтому на эту дату оно пересмотру не препятствует.",
    "You said the case is one of a criminal misdemeanour or a crime of minor gravity. Article 484 "
    "part 2 item 1 of the Criminal Procedure Code excluded such cases from cassation review until "
    "30 June 2027; that bar is reported lifted from 1 July 2027, so on this day it does not "
    "prevent review.",
)

# --- The term itself ------------------------------------------------------------------------
S["term.civil"] = (
    "Азаматтық процестік кодекстің 436-бабының бірінші бөлігіне сәйкес {doc} сот актісі заңды "
    "күшіне енген күннен бастап алты ай ішінде берілуі мүмкін.",
    "Согласно части первой статьи 436 Гражданского процессуального кодекса подача {doc_gen} "
    "допускается в течение шести месяцев со дня вступления судебного акта в законную силу.",
    "Under article 436 part 1 of the Civil Procedure Code a {doc} may be filed within six months "
    "from the day the court act entered into legal force.",
)
S["term.exceptional_unlimited"] = (
    "Азаматтық процестік кодекстің 436-бабының үшінші бөлігіне сәйкес бірінші бөліктегі алты "
    "айлық мерзім осы негіздер бойынша қайта қарауға қолданылмайды. Мұндай қайта қарау азаматтың "
    "өтінішхатымен ғана емес, Бас Прокурордың наразылығымен немесе Жоғарғы Сот Төрағасының "
    "ұсынуымен қозғалады: оларға өтінішпен жүгінуге болады, ал негіздердің ерекше екенін сот "
    "бағалайды.",
    "Согласно части третьей статьи 436 Гражданского процессуального кодекса шестимесячный срок "
    "части первой не применяется к пересмотру по этим основаниям. Такой пересмотр инициируется не "
    "одним лишь ходатайством гражданина, а протестом Генерального Прокурора или представлением "
    "Председателя Верховного Суда: к ним можно обратиться с просьбой, а исключительность "
    "оснований оценивает суд.",
    "Under article 436 part 3 of the Civil Procedure Code the six-month term of part 1 does not "
    "apply to review on these grounds. Such a review is brought not by a citizen's petition alone "
    "but by a protest of the Prosecutor General or a submission of the Chairman of the Supreme "
    "Court: you may ask them to bring it, and the court decides whether the grounds are "
    "exceptional.",
)
# From 1 July 2025 (CPC of 01.07.2026, arts 434.3, 435.2, 436.3): a prosecutor's protest only.
S["term.exceptional_protest"] = (
    "Азаматтық процестік кодекстің 434-бабының үшінші бөлігіне сәйкес осы негіздер бойынша қайта "
    "қарау кассациялық шағым бойынша емес, тек Бас Прокурордың, оның орынбасарларының немесе сол "
    "бөлікте аталған өзге прокурорлардың наразылығы бойынша жүргізіледі: сіз олардың біріне "
    "наразылық келтіру туралы өтінішхат бересіз (435-баптың екінші бөлігі), ол наразылыққа қоса "
    "беріледі, ал негіздердің ерекше екенін сот бағалайды. 436-баптың үшінші бөлігіне сәйкес "
    "бірінші бөліктегі алты айлық мерзім мұндай қайта қарауға қолданылмайды.",
    "Согласно части третьей статьи 434 Гражданского процессуального кодекса пересмотр по этим "
    "основаниям возможен только по протесту Генерального Прокурора, его заместителей или иных "
    "названных в ней прокуроров, а не по кассационной жалобе: вы подаёте одному из них ходатайство "
    "о принесении протеста (часть вторая статьи 435), оно прилагается к протесту, а "
    "исключительность оснований оценивает суд. Согласно части третьей статьи 436 шестимесячный "
    "срок части первой к такому пересмотру не применяется.",
    "Under article 434 part 3 of the Civil Procedure Code, review on these grounds is brought only "
    "by a protest of the Prosecutor General, a deputy or another prosecutor that part names, not "
    "by a cassation complaint: what you file is a petition asking one of them to bring a protest "
    "(article 435 part 2), which is attached to the protest, and the court decides whether the "
    "grounds are exceptional. Under article 436 part 3 the six-month term of part 1 does not apply "
    "to such a review.",
)
S["term.criminal_unlimited"] = (
    "Қылмыстық-процестік кодекстің 487-бабының бірінші бөлігіне сәйкес заңды күшіне енген "
    "айыптау үкімін сотталған адамның жағдайын жақсартатын негіздер бойынша қайта қарау мерзімі "
    "шектелмеген.",
    "Согласно части первой статьи 487 Уголовно-процессуального кодекса пересмотр вступившего в "
    "законную силу обвинительного приговора по основаниям, улучшающим положение осуждённого, "
    "сроком не ограничен.",
    "Under article 487 part 1 of the Criminal Procedure Code, review of a conviction that has "
    "entered into legal force on grounds that improve the convicted person's position is not "
    "limited in time.",
)
S["term.criminal_year"] = (
    "Қылмыстық-процестік кодекстің 487-бабының екінші бөлігіне сәйкес {act} қайта қарауға ол "
    "заңды күшіне енгеннен кейін бір жыл ішінде ғана жол беріледі.",
    "Согласно части второй статьи 487 Уголовно-процессуального кодекса пересмотр {act} "
    "допускается только в течение одного года после его вступления в законную силу.",
    "Under article 487 part 2 of the Criminal Procedure Code, review of {act} is allowed only "
    "within one year after it entered into legal force.",
)
