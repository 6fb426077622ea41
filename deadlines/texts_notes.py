"""Sentences about the computed dates, the filing, restoration, unchecked conditions and doubts.

Same conventions as ``texts``: whole sentences, (kk, ru, en), language-aware placeholders.
"""

from __future__ import annotations

S: dict[str, tuple[str, str, str]] = {}

# --- How the last day was computed -----------------------------------------------------------
S["calc.raw_end"] = (
    "Мерзімнің бірінші күні — {start} (акт заңды күшіне енген күннің келесі күні); күнтізбе "
    "бойынша мерзім {raw_end_loc} аяқталады.",
    "Срок исчисляется с {start}, следующего дня после вступления акта в законную силу, и по "
    "календарю истекает {raw_end}.",
    "The term runs from {start}, the day after the act entered into legal force, and by the "
    "calendar ends on {raw_end}.",
)
S["calc.shifted_safe"] = (
    "{raw_end} — Қазақстанда жұмыс күні емес, сондықтан мерзім жұмыс күні болып табылатын немесе "
    "әлі жұмыс күні болуы мүмкін алғашқы күнге ауысады.",
    "{raw_end} — нерабочий день в Казахстане, поэтому срок переносится на первый день, который "
    "является или ещё может стать рабочим.",
    "{raw_end} is a non-working day in Kazakhstan, so the term moves on to the first day that is, "
    "or may yet become, a working day.",
)
S["calc.clamped"] = (
    "Мерзім аяқталатын айдың {day}-күні жоқ, сондықтан мерзім сол айдың соңғы күнінде аяқталады.",
    "В месяце окончания срока нет {day}-го числа, поэтому срок истекает в последний день этого "
    "месяца.",
    "The month in which the term ends has no day {day}, so the term ends on that month's last day.",
)
S["calc.shifted"] = (
    "{raw_end} — Қазақстанда жұмыс күні емес, сондықтан мерзім одан кейінгі бірінші жұмыс күнінде "
    "аяқталады.",
    "{raw_end} — нерабочий день в Казахстане, поэтому срок истекает в следующий за ним первый "
    "рабочий день.",
    "{raw_end} is a non-working day in Kazakhstan, so the term ends on the next working day.",
)
# The law that makes a skipped day a holiday (Law on holidays, version of 1 July 2026).
S["calc.holiday"] = (
    "{day} — {holiday}, «Қазақстан Республикасындағы мерекелер туралы» Заң (2001 жылғы 13 "
    "желтоқсандағы № 267-II, 2 және 3-баптар) бойынша мереке, ал мереке күндері жұмыс күні болып "
    "табылмайды (5-бап).",
    "{day} — {holiday}, праздник по Закону «О праздниках в Республике Казахстан» (№ 267-II от 13 "
    "декабря 2001 года, статьи 2 и 3), а праздничные дни являются нерабочими (статья 5).",
    "{day} is {holiday}, a holiday under the Law on holidays in the Republic of Kazakhstan (Law "
    "No. 267-II of 13 December 2001, articles 2 and 3), and holidays are non-working days "
    "(article 5).",
)
S["calc.holiday_constitution_day"] = (
    "{day} — Қазақстан Республикасының Конституциясы күні: 2026 жылғы 11 маусымдағы № 306-VIII "
    "Заңмен өзгертілген «Қазақстан Республикасындағы мерекелер туралы» Заңның (2001 жылғы 13 "
    "желтоқсандағы № 267-II) 3-бабы бойынша 2027 жылдан бастап мереке, ал мереке күндері жұмыс "
    "күні болып табылмайды (5-бап).",
    "{day} — День Конституции Республики Казахстан: праздник с 2027 года по статье 3 Закона "
    "«О праздниках в Республике Казахстан» (№ 267-II от 13 декабря 2001 года) в редакции Закона "
    "№ 306-VIII от 11 июня 2026 года, а праздничные дни являются нерабочими (статья 5).",
    "{day} is Constitution Day: a holiday from 2027 under article 3 of the Law on holidays in the "
    "Republic of Kazakhstan (Law No. 267-II of 13 December 2001) as amended by Law No. 306-VIII of "
    "11 June 2026, and holidays are non-working days (article 5).",
)
S["calc.august_30"] = (
    "30 тамыз 2026 жылдан бастап мереке емес: 2026 жылғы 11 маусымдағы № 306-VIII Заң Конституция "
    "күнін 15 наурызға ауыстырды, сондықтан 30 тамыз да, одан кейінгі дүйсенбі де осы себеппен "
    "демалыс күні болып табылмайды.",
    "30 августа с 2026 года не является праздником: Закон № 306-VIII от 11 июня 2026 года "
    "перенёс День Конституции на 15 марта, поэтому ни 30 августа, ни следующий за ним понедельник "
    "по этой причине не являются выходными днями.",
    "30 August is no longer a holiday from 2026: Law No. 306-VIII of 11 June 2026 moved "
    "Constitution Day to 15 March, so neither 30 August nor the Monday after it is a day off on "
    "that account.",
)
S["calc.last_day"] = (
    "Мерзімнің соңғы күні — {deadline}: электрондық нысанда осы күні Астана уақытымен сағат "
    "24:00-ге ({utc}) дейін берілген құжат мерзімінде берілген болып саналады.",
    "Последний день срока — {deadline}: документ, поданный в электронной форме до 24:00 этого дня "
    "по времени Астаны ({utc}), считается поданным в срок.",
    "The last day of the term is {deadline}: a document filed electronically by 24:00 Astana time "
    "({utc}) on that day is filed on time.",
)

# --- A given filing ---------------------------------------------------------------------------
S["filed.moment"] = (
    "Құжатты беру сәті: {filed}.",
    "Момент подачи: {filed}.",
    "Moment of filing: {filed}.",
)
S["filed.on_time"] = (
    "Құжат мерзімінде берілген.",
    "Документ подан в срок.",
    "The document was filed on time.",
)
S["filed.late"] = (
    "Құжат мерзім өткеннен кейін берілген.",
    "Документ подан по истечении срока.",
    "The document was filed after the term had expired.",
)
S["filed.late_unless_day_off"] = (
    "Құжат сенімді соңғы күннен кейін, бірақ {later} аяқталғанға дейін берілген: егер {day} "
    "демалыс күні болып расталса, ол мерзімінде берілген болып саналады.",
    "Документ подан после надёжного последнего дня, но до окончания {later}: он подан в срок, если "
    "{day} будет подтверждён выходным днём.",
    "The document was filed after the safe last day but before the end of {later}: it is in time "
    "if {day} is confirmed a day off.",
)
S["filed.unlimited"] = (
    "Мерзім шектелмегендіктен, құжат мерзімі өткізіліп берілген болып саналмайды.",
    "Поскольку срок не ограничен, документ не считается поданным с пропуском срока.",
    "As the term is not limited, the document is not late.",
)
S["filed.before_in_force"] = (
    "Құжат сот актісі заңды күшіне енгенге дейін берілген, ал кассациялық тәртіппен тек заңды "
    "күшіне енген сот актілері қайта қаралады.",
    "Документ подан до вступления судебного акта в законную силу, а в кассационном порядке "
    "пересматриваются только вступившие в законную силу судебные акты.",
    "The document was filed before the court act entered into legal force, and only acts that have "
    "entered into legal force may be reviewed in cassation.",
)

# --- Days left, as of "today" -----------------------------------------------------------------
S["days.left"] = (
    "{today_attr} жағдай бойынша мерзімнің соңғы күніне дейін {n} күн қалды.",
    "По состоянию на {today} до последнего дня срока {ru_left} {n} {ru_days}.",
    "As of {today}, {n} {en_days} {en_remain} until the last day of the term.",
)
S["days.today"] = (
    "Бүгін, {today}, — мерзімнің соңғы күні.",
    "Сегодня, {today}, — последний день срока.",
    "Today, {today}, is the last day of the term.",
)
S["days.expired"] = (
    "{today_attr} жағдай бойынша мерзім {n} күн бұрын өтіп кеткен.",
    "По состоянию на {today} срок истёк {n} {ru_days} назад.",
    "As of {today}, the term expired {n} {en_days} ago.",
)

# --- Restoration ------------------------------------------------------------------------------
S["restore.cassation_term"] = (
    "Дәлелді себептермен өткізіп алынған мерзімді сот қалпына келтіруі мүмкін: себептері мен "
    "дәлелдері көрсетілген қалпына келтіру туралы өтініш {doc_ins} бірге беріледі.",
    "Срок, пропущенный по уважительным причинам, может быть восстановлен судом: заявление о "
    "восстановлении с указанием причин и доказательствами подаётся вместе с {doc_ins}.",
    "A term missed for valid reasons may be restored by the court: an application for restoration, "
    "stating the reasons with evidence, is filed together with the {doc_ins}.",
)
S["restore.none_criminal"] = (
    "Қылмыстық-процестік кодекстің 487-бабының екінші бөлігіне сәйкес өткізіп алынған мерзімді "
    "қалпына келтіруге жол берілмейді; уақытында келіп түскен өтініш бір жыл өткеннен кейін де "
    "қаралуы мүмкін.",
    "Согласно части второй статьи 487 Уголовно-процессуального кодекса пропущенный срок "
    "восстановлению не подлежит; поступившее в срок обращение может быть рассмотрено и по "
    "истечении года.",
    "Under article 487 part 2 of the Criminal Procedure Code a missed term cannot be restored; a "
    "filing that arrived in time may still be decided after the year has passed.",
)

# --- Conditions this calculation does not check (one whole sentence per rule version) -----------
S["caveat.civil_434_2"] = (
    "Бұл есептеу 434-баптың екінші бөлігіндегі ерекшеліктерді (оңайлатылған тәртіппен қаралған "
    "істер, татуласу немесе медиация тәртібімен дауды реттеу туралы келісіммен аяқталған істер, "
    "талап қою сомасы жеке тұлғалар үшін екі мың АЕК-тен, заңды тұлғалар үшін отыз мың АЕК-тен кем "
    "мүліктік даулар және басқа жағдайлар) тексермейді; олардың бірі қолданылса, акт кассациялық "
    "тәртіппен қайта қаралмайды.",
    "Этот расчёт не проверяет исключения части второй статьи 434 (дела, рассмотренные в "
    "упрощённом порядке, дела, оконченные мировым соглашением или соглашением об урегулировании "
    "спора в порядке медиации, имущественные споры физических лиц с суммой иска менее 2 000 МРП и "
    "юридических лиц — менее 30 000 МРП, и другие случаи); если применимо одно из них, акт не "
    "подлежит пересмотру в кассационном порядке.",
    "This calculation does not check the exclusions of article 434 part 2 (cases heard in "
    "simplified procedure, cases ended by a settlement or mediation agreement, property disputes "
    "with a claim below 2,000 MCI for individuals or 30,000 MCI for legal entities, and other "
    "items); if one of them applies, the act cannot be reviewed in cassation.",
)
S["caveat.civil_434_2_answered"] = (
    "Бұл есептеу 434-баптың екінші бөлігі туралы жауабыңызға сүйенеді (іс оңайлатылған тәртіппен "
    "қаралмаған, келісіммен аяқталмаған және сомасы аз болғандықтан кассациялық тәртіппен қайта "
    "қаралмайтын мүліктік дау емес); аталған бөлікте көрсетілген өзге жағдайларды бұл есептеу "
    "тексермейді.",
    "Этот расчёт опирается на ваш ответ о части второй статьи 434 (дело не рассматривалось в "
    "упрощённом порядке, не окончено соглашением и не является имущественным спором, который из-за "
    "малой суммы иска не пересматривается в кассационном порядке); другие случаи, названные в этой "
    "части, расчёт не проверяет.",
    "This calculation relies on your answer about article 434 part 2 (the case was not heard in "
    "simplified procedure, was not ended by an agreement, and is not a property dispute excluded "
    "from cassation for its small amount); the other cases that part lists are not checked.",
)
S["caveat.civil_434_2_answered_from_2027"] = (
    "Бұл есептеу 434-баптың екінші бөлігі туралы жауабыңызға сүйенеді (іс оңайлатылған тәртіппен "
    "қаралмаған және келісіммен аяқталмаған); аталған бөлікте көрсетілген өзге жағдайларды бұл "
    "есептеу тексермейді.",
    "Этот расчёт опирается на ваш ответ о части второй статьи 434 (дело не рассматривалось в "
    "упрощённом порядке и не окончено соглашением); другие случаи, названные в этой части, расчёт "
    "не проверяет.",
    "This calculation relies on your answer about article 434 part 2 (the case was not heard in "
    "simplified procedure and was not ended by an agreement); the other cases that part lists are "
    "not checked.",
)
S["caveat.civil_434_2_until_2027"] = (
    "Бұл есептеу 434-баптың екінші бөлігіндегі ерекшеліктерді (оңайлатылған тәртіппен қаралған "
    "істер, татуласу немесе медиация тәртібімен дауды реттеу туралы келісіммен аяқталған істер, "
    "2027 жылғы 30 маусымға дейін — талап қою сомасы жеке тұлғалар үшін екі мың АЕК-тен, заңды "
    "тұлғалар үшін отыз мың АЕК-тен кем мүліктік даулар, және басқа жағдайлар) тексермейді; "
    "олардың бірі қолданылса, акт кассациялық тәртіппен қайта қаралмайды.",
    "Этот расчёт не проверяет исключения части второй статьи 434 (дела, рассмотренные в "
    "упрощённом порядке, дела, оконченные мировым соглашением или соглашением об урегулировании "
    "спора в порядке медиации, до 30 июня 2027 года — имущественные споры физических лиц с суммой "
    "иска менее 2 000 МРП и юридических лиц — менее 30 000 МРП, и другие случаи); если применимо "
    "одно из них, акт не подлежит пересмотру в кассационном порядке.",
    "This calculation does not check the exclusions of article 434 part 2 (cases heard in "
    "simplified procedure, cases ended by a settlement or mediation agreement, until 30 June 2027 "
    "property disputes with a claim below 2,000 MCI for individuals or 30,000 MCI for legal "
    "entities, and other items); if one of them applies, the act cannot be reviewed in cassation.",
)
S["caveat.civil_434_2_from_2027"] = (
    "Бұл есептеу 434-баптың екінші бөлігіндегі ерекшеліктерді (оңайлатылған тәртіппен қаралған "
    "істер, татуласу немесе медиация тәртібімен дауды реттеу туралы келісіммен аяқталған істер "
    "және басқа жағдайлар) тексермейді; олардың бірі қолданылса, акт кассациялық тәртіппен қайта "
    "қаралмайды. Шағын мүліктік даулар бойынша шектеу, хабарламаларға сәйкес, 2027 жылғы 1 "
    "шілдеден бастап алынып тасталды.",
    "Этот расчёт не проверяет исключения части второй статьи 434 (дела, рассмотренные в "
    "упрощённом порядке, дела, оконченные мировым соглашением или соглашением об урегулировании "
    "спора в порядке медиации, и другие случаи); если применимо одно из них, акт не подлежит "
    "пересмотру в кассационном порядке. Ограничение по имущественным спорам с небольшой суммой "
    "иска, по имеющимся сообщениям, снято с 1 июля 2027 года.",
    "This calculation does not check the exclusions of article 434 part 2 (cases heard in "
    "simplified procedure, cases ended by a settlement or mediation agreement, and other items); "
    "if one of them applies, the act cannot be reviewed in cassation. The bar on property disputes "
    "with small claims is reported to have been lifted on 1 July 2027.",
)
# CrPC 484: part 1 (appeal first) and part 2 item 1 as in force (read in the versions of
# 12.07.2023 and 12.06.2026), reported lifted from 1 July 2027; the wording some sources give for
# item 1 (order, conciliation and art. 382 proceedings) may be the 2027 one: said, unverified.
_CANDIDATE_2027 = (
    " Сондай-ақ, 2027 жылғы 1 шілдеден бастап бұл тармақ оның орнына бұйрықтық, келісімдік іс "
    "жүргізуде немесе Кодекстің 382-бабында көзделген тәртіппен қаралған істерді шығарады деген "
    "хабарлама бар, бірақ оның мәтіні тексерілмеген.",
    " Также сообщается, что с 1 июля 2027 года этот пункт вместо этого исключает дела, "
    "рассмотренные в приказном, согласительном производстве или в порядке статьи 382 Кодекса, но "
    "текст этого не проверен.",
    " It is also reported, but not verified in the text, that from 1 July 2027 that item instead "
    "bars cases heard in order or conciliation proceedings or under article 382 of the Code.",
)
S["caveat.criminal_484"] = (
    "Бұл есептеу актінің Қылмыстық-процестік кодекстің 484-бабы бойынша кассациялық тәртіппен "
    "қайта қаралуға жататынын тексермейді: мысалы, бірінші сатыдағы соттың үкімі апелляциялық "
    "сатыда қаралғаннан кейін ғана қайта қаралады, ал қылмыстық теріс қылықтар мен онша ауыр емес "
    "қылмыстар туралы істер бойынша актілер қайта қаралмайды (екінші бөліктің 1) тармағы).",
    "Этот расчёт не проверяет, подлежит ли акт пересмотру в кассационном порядке по статье 484 "
    "Уголовно-процессуального кодекса: например, приговор суда первой инстанции пересматривается "
    "только после его рассмотрения в апелляционной инстанции, а акты по делам об уголовных "
    "проступках и преступлениях небольшой тяжести пересмотру не подлежат (часть вторая, пункт 1).",
    "This calculation does not check whether the act may be reviewed in cassation at all under "
    "article 484 of the Criminal Procedure Code: for example, a first-instance verdict is "
    "reviewable only after it was considered on appeal, and acts in cases of criminal "
    "misdemeanours and crimes of minor gravity are not reviewable (part 2 item 1).",
)
S["caveat.criminal_484_until_2027"] = (
    "Бұл есептеу актінің Қылмыстық-процестік кодекстің 484-бабы бойынша кассациялық тәртіппен "
    "қайта қаралуға жататынын тексермейді: мысалы, бірінші сатыдағы соттың үкімі апелляциялық "
    "сатыда қаралғаннан кейін ғана қайта қаралады, ал қылмыстық теріс қылықтар мен онша ауыр емес "
    "қылмыстар туралы істер бойынша актілер 2027 жылғы 30 маусымға дейін қайта қаралмайды (екінші "
    "бөліктің 1) тармағы).",
    "Этот расчёт не проверяет, подлежит ли акт пересмотру в кассационном порядке по статье 484 "
    "Уголовно-процессуального кодекса: например, приговор суда первой инстанции пересматривается "
    "только после его рассмотрения в апелляционной инстанции, а акты по делам об уголовных "
    "проступках и преступлениях небольшой тяжести до 30 июня 2027 года пересмотру не подлежат "
    "(часть вторая, пункт 1).",
    "This calculation does not check whether the act may be reviewed in cassation at all under "
    "article 484 of the Criminal Procedure Code: for example, a first-instance verdict is "
    "reviewable only after it was considered on appeal, and until 30 June 2027 acts in cases of "
    "criminal misdemeanours and crimes of minor gravity are not reviewable (part 2 item 1).",
)
S["caveat.criminal_484_from_2027"] = tuple(  # type: ignore[assignment]
    head + candidate
    for head, candidate in zip(
        (
            "Бұл есептеу актінің Қылмыстық-процестік кодекстің 484-бабы бойынша кассациялық "
            "тәртіппен қайта қаралуға жататынын тексермейді: мысалы, бірінші сатыдағы соттың "
            "үкімі апелляциялық сатыда қаралғаннан кейін ғана қайта қаралады. Қылмыстық теріс "
            "қылықтар мен онша ауыр емес қылмыстар туралы істер бойынша шектеу (екінші бөліктің 1) "
            "тармағы), "
            "хабарламаларға сәйкес, 2027 жылғы 1 шілдеден бастап алынып тасталды.",
            "Этот расчёт не проверяет, подлежит ли акт пересмотру в кассационном порядке по статье "
            "484 Уголовно-процессуального кодекса: например, приговор суда первой инстанции "
            "пересматривается только после его рассмотрения в апелляционной инстанции. Ограничение "
            "по делам об уголовных проступках и преступлениях небольшой тяжести (часть вторая, "
            "пункт 1), по имеющимся сообщениям, снято с 1 июля 2027 года.",
            "This calculation does not check whether the act may be reviewed in cassation at all "
            "under article 484 of the Criminal Procedure Code: for example, a first-instance "
            "verdict is reviewable only after it was considered on appeal. The bar on cases of "
            "criminal misdemeanours and crimes of minor gravity (part 2 item 1) is reported to "
            "have been lifted on 1 July 2027.",
        ),
        _CANDIDATE_2027,
        strict=True,
    )
)
S["caveat.criminal_484_answered"] = (
    "Бұл есептеу Қылмыстық-процестік кодекстің 484-бабы туралы жауабыңызға сүйенеді (акт "
    "апелляциялық сатыда қаралған, ал іс қылмыстық теріс қылық немесе онша ауыр емес қылмыс "
    "туралы емес); аталған бапта көрсетілген өзге жағдайларды бұл есептеу тексермейді.",
    "Этот расчёт опирается на ваш ответ о статье 484 Уголовно-процессуального кодекса (акт "
    "рассматривался в апелляционной инстанции, а дело не об уголовном проступке и не о "
    "преступлении небольшой тяжести); другие случаи, названные в этой статье, расчёт не "
    "проверяет.",
    "This calculation relies on your answer about article 484 of the Criminal Procedure Code (the "
    "act was considered on appeal, and the case is not one of a criminal misdemeanour or a crime "
    "of minor gravity); the other cases that article lists are not checked.",
)
S["caveat.criminal_484_answered_until_2027"] = (
    "Бұл есептеу Қылмыстық-процестік кодекстің 484-бабы туралы жауабыңызға сүйенеді (акт "
    "апелляциялық сатыда қаралған, ал іс 2027 жылғы 30 маусымға дейін қайта қаралмайтын "
    "қылмыстық теріс қылық немесе онша ауыр емес қылмыс туралы емес); аталған бапта көрсетілген "
    "өзге жағдайларды бұл есептеу тексермейді.",
    "Этот расчёт опирается на ваш ответ о статье 484 Уголовно-процессуального кодекса (акт "
    "рассматривался в апелляционной инстанции, а дело не об уголовном проступке и не о "
    "преступлении небольшой тяжести, которые до 30 июня 2027 года пересмотру не подлежат); другие "
    "случаи, названные в этой статье, расчёт не проверяет.",
    "This calculation relies on your answer about article 484 of the Criminal Procedure Code (the "
    "act was considered on appeal, and the case is not one of a criminal misdemeanour or a crime "
    "of minor gravity, which until 30 June 2027 are not reviewable); the other cases that article "
    "lists are not checked.",
)
S["caveat.criminal_484_answered_from_2027"] = tuple(  # type: ignore[assignment]
    head + candidate
    for head, candidate in zip(
        (
            "Бұл есептеу Қылмыстық-процестік кодекстің 484-бабы туралы жауабыңызға сүйенеді (акт "
            "апелляциялық сатыда қаралған); аталған бапта көрсетілген өзге жағдайларды бұл есептеу "
            "тексермейді. Қылмыстық теріс қылықтар мен онша ауыр емес қылмыстар туралы істер "
            "бойынша шектеу, хабарламаларға сәйкес, 2027 жылғы 1 шілдеден бастап алынып тасталды.",
            "Этот расчёт опирается на ваш ответ о статье 484 Уголовно-процессуального кодекса (акт "
            "рассматривался в апелляционной инстанции); другие случаи, названные в этой статье, "
            "расчёт не проверяет. Ограничение по делам об уголовных проступках и преступлениях "
            "небольшой тяжести, по имеющимся сообщениям, снято с 1 июля 2027 года.",
            "This calculation relies on your answer about article 484 of the Criminal Procedure "
            "Code (the act was considered on appeal); the other cases that article lists are not "
            "checked. The bar on cases of criminal misdemeanours and crimes of minor gravity is "
            "reported to have been lifted on 1 July 2027.",
        ),
        _CANDIDATE_2027,
        strict=True,
    )
)
