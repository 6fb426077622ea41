"""Sentences for ``Note``: where the law or the calendar is unclear, the answer says so in words.

Keys are ``"note." + Note value``. Same conventions as ``texts``.
"""

from __future__ import annotations

S: dict[str, tuple[str, str, str]] = {}

S["note.regime_superseded"] = (
    "Назар аударыңыз: 2025 жылғы 1 шілдеден бастап азаматтық және қылмыстық істер бойынша "
    "кассациялық шағымдарды Астана қаласындағы кассациялық соттар қарайды; бұл жауап сайт "
    "баптауларында таңдалған Жоғарғы Сот тәртібіне негізделген.",
    "Обратите внимание: с 1 июля 2025 года кассационные жалобы по гражданским и уголовным делам "
    "рассматривают кассационные суды в городе Астане; этот ответ основан на порядке Верховного "
    "Суда, выбранном в настройках сайта.",
    "Note: since 1 July 2025 cassation complaints in civil and criminal cases are heard by the "
    "cassation courts in Astana; this answer follows the Supreme Court procedure chosen in the "
    "site settings.",
)
# What was read of the codes after the reform (legal-reform-2025.md §2.1, §2.3, §3.3, §1):
# exactly that, and what was not.
S["note.cc_civil_text_unverified"] = (
    "Азаматтық процестік кодекстің 434 және 436-баптары 2026 жылғы 1 шілдедегі редакцияда "
    "оқылды: апелляциялық сатыдағы сот актісі заңды күшіне енген күннен бастап алты айлық мерзім "
    "(436-баптың бірінші бөлігі) және апелляциялық шағым жасау тәртібінің сақталуы шарты "
    "(434-баптың бірінші бөлігі) қолданылады. 436-баптың бірінші бөлігіне ескертпеде тек 2025 "
    "жылғы 1 шілдеден бастап қолданылатын № 136-VIII Заң аталған, сондықтан оның мәтіні сол "
    "күннен бері осындай деп есептеледі; 434-баптың 2025 жылғы 1 шілде мен 2026 жылғы 30 маусым "
    "аралығындағы редакциясы оқылмаған.",
    "Статьи 434 и 436 Гражданского процессуального кодекса прочитаны в редакции на 1 июля 2026 "
    "года: действуют шестимесячный срок со дня вступления в законную силу акта суда апелляционной "
    "инстанции (часть первая статьи 436) и условие о соблюдении апелляционного порядка "
    "обжалования (часть первая статьи 434). В сноске к части первой статьи 436 назван только Закон "
    "№ 136-VIII, действующий с 1 июля 2025 года, поэтому её текст считается таким с этой даты; "
    "редакция статьи 434, действовавшая с 1 июля 2025 года по 30 июня 2026 года, не прочитана.",
    "Articles 434 and 436 of the Civil Procedure Code were read in the version of 1 July 2026: the "
    "six-month term from the entry into force of the appellate court's act (article 436 part 1) "
    "and the condition that the appellate procedure was observed (article 434 part 1) are in "
    "force. The note to article 436 part 1 names only Law No. 136-VIII, in force from 1 July 2025, "
    "so its text is taken to be the same since then; the wording of article 434 in force from "
    "1 July 2025 to 30 June 2026 was not read.",
)
S["note.cc_criminal_text_unverified"] = (
    "Қылмыстық-процестік кодекстің 487-бабы 2026 жылғы 12 маусымдағы редакцияда оқылды: ондағы "
    "мерзімдер осы жауаптағыдай (сотталған адамның жағдайын жақсартатын қайта қарау мерзіммен "
    "шектелмейді, нашарлататын қайта қарауға бір жыл ішінде жол беріледі, бұл мерзім қалпына "
    "келтірілмейді), тек Жоғарғы Соттың орнына кассациялық сот аталады. Бұл баптың 2025 жылғы "
    "1 шілдеден кейінгі бұрынғы редакциялары оқылмаған.",
    "Статья 487 Уголовно-процессуального кодекса прочитана в редакции на 12 июня 2026 года: её "
    "сроки те же, что в этом ответе (пересмотр, улучшающий положение осуждённого, сроками не "
    "ограничен, ухудшающий допускается в течение одного года, и этот срок не восстанавливается), "
    "лишь вместо Верховного Суда назван кассационный суд. Более ранние редакции этой статьи после "
    "1 июля 2025 года не прочитаны.",
    "Article 487 of the Criminal Procedure Code was read in the version of 12 June 2026: its terms "
    "are those of this answer (no limit for a review that improves the convicted person's "
    "position, one year for one that worsens it, never restored), with the cassation court named "
    "instead of the Supreme Court. Its earlier versions after 1 July 2025 were not read.",
)
# The transitional provisions of Law 136-VIII were not found (legal-reform-2025.md §1): say
# exactly that, the rule applied instead, and the point not modelled; no text of them is given.
S["note.cc_transitional.civil"] = (
    "Сот актісі 2025 жылғы 1 шілдеге дейін заңды күшіне енген. № 136-VIII Заңның өтпелі ережелері "
    "табылмады. Жауап құжат берілген күні күшінде болған заңды қолданады: Азаматтық процестік "
    "кодекстің 3-бабының бірінші бөлігіне сәйкес азаматтық сот ісін жүргізу процестік әрекет "
    "жасалған кезде қолданысқа енгізілген заң бойынша жүзеге асырылады, сондықтан 2025 жылғы "
    "1 шілдеден бастап берілген құжатқа кассациялық соттардың қағидалары қолданылады. 2025 жылғы "
    "1 шілдеде Жоғарғы Сотта қаралмай жатқан өтінішхаттардың тағдыры бұл жауапта ескерілмеген.",
    "Судебный акт вступил в законную силу до 1 июля 2025 года. Переходные положения Закона "
    "№ 136-VIII не найдены. Ответ применяет закон, действующий в день подачи: по части первой "
    "статьи 3 Гражданского процессуального кодекса гражданское судопроизводство осуществляется по "
    "закону, введённому в действие к моменту выполнения процессуального действия, поэтому к "
    "подаче с 1 июля 2025 года применяются правила кассационных судов. Судьба ходатайств, "
    "находившихся в Верховном Суде на 1 июля 2025 года, в этом ответе не учтена.",
    "The court act entered into legal force before 1 July 2025. The transitional provisions of Law "
    "No. 136-VIII were not found. This answer applies the law in force on the filing day: under "
    "article 3 part 1 of the Civil Procedure Code civil proceedings follow the procedural law in "
    "force when the procedural act is performed, so a filing from 1 July 2025 follows the rules of "
    "the cassation courts. What became of petitions pending at the Supreme Court on 1 July 2025 is "
    "not covered by this answer.",
)
S["note.cc_transitional.criminal"] = (
    "Сот актісі 2025 жылғы 1 шілдеге дейін заңды күшіне енген. № 136-VIII Заңның өтпелі ережелері "
    "табылмады. Жауап құжат берілген күні күшінде болған заңды қолданады; Азаматтық процестік "
    "кодекстің 3-бабының бірінші бөлігі осылай белгілейді, ал Қылмыстық-процестік кодекстің осыған "
    "сәйкес бабы оқылмаған. 2025 жылғы 1 шілдеде Жоғарғы Сотта қаралмай жатқан өтінішхаттардың "
    "тағдыры бұл жауапта ескерілмеген.",
    "Судебный акт вступил в законную силу до 1 июля 2025 года. Переходные положения Закона "
    "№ 136-VIII не найдены. Ответ применяет закон, действующий в день подачи, как это "
    "предусматривает часть первая статьи 3 Гражданского процессуального кодекса; соответствующая "
    "статья Уголовно-процессуального кодекса не прочитана. Судьба ходатайств, находившихся в "
    "Верховном Суде на 1 июля 2025 года, в этом ответе не учтена.",
    "The court act entered into legal force before 1 July 2025. The transitional provisions of Law "
    "No. 136-VIII were not found. This answer applies the law in force on the filing day, as "
    "article 3 part 1 of the Civil Procedure Code provides; the corresponding article of the "
    "Criminal Procedure Code was not read. What became of petitions pending at the Supreme Court "
    "on 1 July 2025 is not covered by this answer.",
)
S["note.cc_exceptional_grounds"] = (
    "436-баптың үшінші бөлігінде 438-баптың алтыншы бөлігіндегі ерекше негіздер үшін көзделген "
    "ерекшеліктің 2025 жылғы 1 шілдедегі реформадан кейін сақталғаны белгісіз: осы күннен бастап "
    "Жоғарғы Сот кассациялық соттардың актілерін мұндай негіздер бойынша тек Жоғарғы Сот "
    "судьясының ұсынуы немесе Бас Прокурордың наразылығы бойынша қайта қарайды. Сенімділік үшін "
    "бұл жауапта алты айлық мерзім қолданылды.",
    "Неясно, сохранилось ли после реформы 1 июля 2025 года исключение части третьей статьи 436 "
    "для исключительных оснований части шестой статьи 438: с этой даты Верховный Суд "
    "пересматривает акты кассационных судов по таким основаниям только по представлению судьи "
    "Верховного Суда или протесту Генерального Прокурора. Для надёжности в этом ответе применён "
    "шестимесячный срок.",
    "It is unclear whether the exception of article 436 part 3 for the exceptional grounds of "
    "article 438 part 6 survived the reform of 1 July 2025: since then the Supreme Court reviews "
    "acts of the cassation courts on such grounds only on a submission of a Supreme Court judge or "
    "a protest of the Prosecutor General. To be safe, this answer applies the six-month term.",
)
S["note.cc_supreme_court_collegium"] = (
    "2025 жылғы 1 шілдедегі реформадан кейін Жоғарғы Соттың мамандандырылған сот алқасының "
    "актілері қандай тәртіппен қайта қаралатыны белгісіз; сенімділік үшін бұл жауапта алты айлық "
    "мерзім қолданылды.",
    "Неясно, в каком порядке после реформы 1 июля 2025 года пересматриваются акты "
    "специализированной судебной коллегии Верховного Суда; для надёжности в этом ответе применён "
    "шестимесячный срок.",
    "It is unclear how acts of the specialised judicial collegium of the Supreme Court are "
    "reviewed after the reform of 1 July 2025; to be safe, this answer applies the six-month term.",
)
S["note.sc_collegium_term"] = (
    "436-баптың бірінші бөлігінде апелляциялық сатыдағы соттың актілері аталған; алты айлық "
    "мерзімнің мамандандырылған сот алқасының актілеріне де қолданылуы — біздің түсіндіруіміз, ол "
    "сенімділік үшін қолданылды.",
    "Часть первая статьи 436 называет акты суда апелляционной инстанции; применение того же "
    "шестимесячного срока к актам специализированной судебной коллегии — наше толкование, "
    "принятое для надёжности.",
    "Article 436 part 1 names acts of the appellate court; applying the same six-month term to "
    "acts of the specialised judicial collegium is our reading, adopted to be safe.",
)
S["note.term_start_after_restoration"] = (
    "Бұл жағдайда алты айлық мерзімнің қай күннен бастап есептелетіні Кодексте тікелей "
    "көрсетілмеген; жауап оны апелляциялық сатыдағы соттың жеке шағым бойынша актісі заңды күшіне "
    "енген күннен бастап есептейді, сондықтан заңды күшіне енген күн ретінде сол күнді көрсетіңіз.",
    "Кодекс прямо не указывает, с какого дня в этой ситуации исчисляется шестимесячный срок; "
    "ответ исчисляет его со дня вступления в законную силу акта суда апелляционной инстанции по "
    "частной жалобе, поэтому укажите эту дату как дату вступления в законную силу.",
    "The Code does not say expressly from which day the six-month term runs in this situation; "
    "this answer counts it from the day the appellate court's act on the private complaint entered "
    "into legal force, so enter that day as the in-force date.",
)
S["note.acquitted_in_favour"] = (
    "Қылмыстық-процестік кодекстің 487-бабында {act} адамның пайдасына қайта қарау сұралған "
    "жағдайда (мысалы, ақтау немесе істі тоқтату негіздерін өзгерту үшін) осы бір жылдық мерзімнің "
    "қолданылатыны тікелей көрсетілмеген; сенімділік үшін бұл жауапта ол қолданылды.",
    "Статья 487 Уголовно-процессуального кодекса прямо не указывает, применяется ли этот "
    "годичный срок, когда пересмотра {act} добиваются в пользу лица (например, чтобы изменить "
    "основания оправдания или прекращения дела); для надёжности в этом ответе он применён.",
    "Article 487 of the Criminal Procedure Code does not say expressly whether this one-year limit "
    "applies when review of {act} is sought in the person's favour (for example, to change the "
    "grounds of the acquittal or termination); to be safe, this answer applies it.",
)
# Only a weekend day can be transferred; a statutory holiday stays a day off. The answer's last
# day is the safe one ({day}); {later} is also in time if the day off is confirmed.
S["note.calendar_provisional"] = (
    "Үкімет {year} жылға арналған демалыс күндерін ауыстыруды әлі жарияламаған. Тек демалыс "
    "күндерін ауыстыруға болады; заңда белгіленген мереке күндері демалыс күні болып қала береді. "
    "Егер {day} (сенбі немесе жексенбі) жұмыс күні деп белгіленсе, мерзім сол күні аяқталады, "
    "сондықтан жауапта {day} сенімді соңғы күн ретінде көрсетілген; ол демалыс күні болып қалса, "
    "{later_loc} Астана уақытымен сағат 24:00-ге дейін берілген құжат та мерзімінде берілген болып "
    "саналады.",
    "Перенос выходных дней на {year} год Правительство ещё не объявило. Переносить можно только "
    "выходные дни; праздничные дни, установленные законом, остаются нерабочими. Если {day} "
    "(суббота или воскресенье) будет объявлен рабочим днём, срок истечёт в этот день, поэтому в "
    "ответе {day} указан как надёжный последний день; если он останется выходным, подача до 24:00 "
    "по времени Астаны {later} также будет своевременной.",
    "The Government has not yet announced the transfers of days off for {year}. Only weekend days "
    "can be transferred; the holidays the law sets stay days off. If {day}, a Saturday or Sunday, "
    "is made a working day, the term ends on it, so this answer gives {day} as the safe last day; "
    "if it stays a day off, a filing by 24:00 Astana time on {later} is also in time.",
)
S["note.calendar_provisional_estimated"] = (
    "{year} жылы Құрбан айттың бірінші күні әзірге тек болжанып отыр: егер ол {day} күнге "
    "түспесе, бұл күн жұмыс күні болады және мерзім сол күні аяқталады, сондықтан жауапта {day} "
    "сенімді соңғы күн ретінде көрсетілген; егер Құрбан айттың күні {day} болып расталса, "
    "{later_loc} Астана уақытымен сағат 24:00-ге дейін берілген құжат та мерзімінде берілген болып "
    "саналады.",
    "Первый день Курбан айта в {year} году пока определён лишь предположительно: если он придётся "
    "не на {day}, этот день будет рабочим и срок истечёт в этот день, поэтому в ответе {day} "
    "указан как надёжный последний день; если Курбан айт будет подтверждён на {day}, подача до "
    "24:00 по времени Астаны {later} также будет своевременной.",
    "The first day of Kurban Ait in {year} is only estimated so far: if it does not fall on {day}, "
    "that day is a working day and the term ends on it, so this answer gives {day} as the safe "
    "last day; if Kurban Ait is confirmed on {day}, a filing by 24:00 Astana time on {later} is "
    "also in time.",
)
