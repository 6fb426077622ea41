"""Sentences of the Supreme Court's review of a cassation court's act (CPC ch. 54-1, CrPC ch. 52-1).

Same conventions as ``texts``. The person's filing here is a petition (өтінішхат / ходатайство) to
a Supreme Court judge or the Prosecutor General, never a cassation complaint, so these sentences
name it themselves and use no ``{doc}`` placeholder. The grounds are the catalogue of ``grounds``,
one sentence each (key ``ground.<procedure>.<code>``), so the page and the answer say the same.
"""

from __future__ import annotations

from deadlines.grounds import CIVIL_GROUNDS, CRIMINAL_GROUNDS

S: dict[str, tuple[str, str, str]] = {}

for _procedure, _grounds in (("civil", CIVIL_GROUNDS), ("criminal", CRIMINAL_GROUNDS)):
    for _ground in _grounds:
        S[f"ground.{_procedure}.{_ground.code}"] = (_ground.kk, _ground.ru, _ground.en)

S["review.regime.civil"] = (
    "Жауап Азаматтық процестік кодекстің 2025 жылғы 1 шілдеден бастап қолданылатын 54-1-тарауы "
    "бойынша дайындалды: кассациялық сатыда қаралған сот актілерін Қазақстан Республикасының "
    "Жоғарғы Сотының қайта қарауы.",
    "Ответ подготовлен по главе 54-1 Гражданского процессуального кодекса, действующей с 1 июля "
    "2025 года: пересмотр Верховным Судом Республики Казахстан судебных актов после их "
    "рассмотрения в кассационной инстанции.",
    "This answer follows chapter 54-1 of the Civil Procedure Code, in force from 1 July 2025: the "
    "review by the Supreme Court of the Republic of Kazakhstan of court acts after their "
    "consideration in cassation.",
)
S["review.regime.criminal"] = (
    "Жауап Қылмыстық-процестік кодекстің 2025 жылғы 1 шілдеден бастап қолданылатын 52-1-тарауы "
    "бойынша дайындалды: кассациялық сатыда қаралған сот актілерін Қазақстан Республикасының "
    "Жоғарғы Сотының қайта қарауы.",
    "Ответ подготовлен по главе 52-1 Уголовно-процессуального кодекса, действующей с 1 июля 2025 "
    "года: пересмотр Верховным Судом Республики Казахстан судебных актов после их рассмотрения в "
    "кассационной инстанции.",
    "This answer follows chapter 52-1 of the Criminal Procedure Code, in force from 1 July 2025: "
    "the review by the Supreme Court of the Republic of Kazakhstan of court acts after their "
    "consideration in cassation.",
)
S["review.grounds.civil"] = (
    "Азаматтық процестік кодекстің 454-1-бабының бірінші бөлігіне сәйкес Жоғарғы Сот заңды "
    "күшіне енген сот актілерін кассациялық сатыда қаралғаннан кейін ерекше жағдайларда, Жоғарғы "
    "Сот судьясының ұсынуы немесе Бас Прокурордың наразылығы бойынша, мына үш негіздің бірі "
    "болғанда ғана қайта қарай алады.",
    "Согласно части первой статьи 454-1 Гражданского процессуального кодекса Верховный Суд может "
    "в исключительных случаях пересмотреть вступившие в законную силу судебные акты после их "
    "рассмотрения в кассационной инстанции по представлению судьи Верховного Суда или протесту "
    "Генерального Прокурора, только при одном из следующих трёх оснований.",
    "Under article 454-1 part 1 of the Civil Procedure Code the Supreme Court may, in exceptional "
    "cases, review court acts that have entered into legal force after their consideration in "
    "cassation, on a submission of a judge of the Supreme Court or a protest of the Prosecutor "
    "General, and only on one of the following three grounds.",
)
S["review.grounds.criminal"] = (
    "Қылмыстық-процестік кодекстің 498-1-бабының бірінші бөлігіне сәйкес Жоғарғы Сот заңды "
    "күшіне енген сот актілерін кассациялық сатыда қаралғаннан кейін ерекше жағдайларда, Жоғарғы "
    "Сот судьясының ұсынуы немесе Бас Прокурордың наразылығы бойынша, мына үш негіздің бірі "
    "болғанда ғана қайта қарай алады.",
    "Согласно части первой статьи 498-1 Уголовно-процессуального кодекса Верховный Суд может в "
    "исключительных случаях пересмотреть вступившие в законную силу судебные акты после их "
    "рассмотрения в кассационной инстанции по представлению судьи Верховного Суда или протесту "
    "Генерального Прокурора, только при одном из следующих трёх оснований.",
    "Under article 498-1 part 1 of the Criminal Procedure Code the Supreme Court may, in "
    "exceptional cases, review court acts that have entered into legal force after their "
    "consideration in cassation, on a submission of a judge of the Supreme Court or a protest of "
    "the Prosecutor General, and only on one of the following three grounds.",
)
S["review.route.civil"] = (
    "Бұл кассациялық шағым емес, Жоғарғы Сотқа тікелей ештеңе берілмейді: сіз Жоғарғы Сот "
    "судьясына ұсыну енгізу туралы (454-2-бап) немесе Бас Прокурорға наразылық келтіру туралы "
    "өтінішхат бересіз; 454-1-баптың екінші бөлігіне сәйкес мұндай өтінішхат Кодекстің "
    "438–442-баптарының қағидалары бойынша беріледі. Негіздердің ерекше екенін судья немесе "
    "Бас Прокурор, содан кейін Жоғарғы Сот бағалайды.",
    "Это не кассационная жалоба, и в Верховный Суд напрямую ничего не подаётся: вы подаёте "
    "ходатайство судье Верховного Суда о внесении представления (статья 454-2) или Генеральному "
    "Прокурору о принесении протеста; согласно части второй статьи 454-1 такое ходатайство "
    "подаётся по правилам статей 438–442 Кодекса. Исключительность оснований оценивают судья или "
    "Генеральный Прокурор, а затем Верховный Суд.",
    "This is not a cassation complaint, and nothing is filed with the Supreme Court directly: what "
    "you file is a petition asking a judge of the Supreme Court to make a submission (article "
    "454-2) or the Prosecutor General to bring a protest; under article 454-1 part 2 such a "
    "petition follows articles 438 to 442 of the Code. Whether the grounds are exceptional is "
    "decided by the judge or the Prosecutor General, and then by the Supreme Court.",
)
S["review.route.criminal"] = (
    "Бұл кассациялық шағым емес, Жоғарғы Сотқа тікелей ештеңе берілмейді: сіз Жоғарғы Сот "
    "судьясына ұсыну енгізу туралы (498-2-бап) немесе Бас Прокурорға наразылық келтіру туралы "
    "өтінішхат бересіз; 498-1-баптың екінші бөлігіне сәйкес мұндай өтінішхат Кодекстің "
    "486–489-баптарының қағидалары бойынша беріледі. Негіздердің ерекше екенін судья немесе "
    "Бас Прокурор, содан кейін Жоғарғы Сот бағалайды.",
    "Это не кассационная жалоба, и в Верховный Суд напрямую ничего не подаётся: вы подаёте "
    "ходатайство судье Верховного Суда о внесении представления (статья 498-2) или Генеральному "
    "Прокурору о принесении протеста; согласно части второй статьи 498-1 такое ходатайство "
    "подаётся по правилам статей 486–489 Кодекса. Исключительность оснований оценивают судья или "
    "Генеральный Прокурор, а затем Верховный Суд.",
    "This is not a cassation complaint, and nothing is filed with the Supreme Court directly: what "
    "you file is a petition asking a judge of the Supreme Court to make a submission (article "
    "498-2) or the Prosecutor General to bring a protest; under article 498-1 part 2 such a "
    "petition follows articles 486 to 489 of the Code. Whether the grounds are exceptional is "
    "decided by the judge or the Prosecutor General, and then by the Supreme Court.",
)
S["review.term.civil"] = (
    "54-1-тарауда мұндай өтінішхат үшін мерзім белгіленбеген; Жоғарғы Сот істі ақылға қонымды "
    "мерзімде қарайды (454-4-баптың екінші бөлігі).",
    "Глава 54-1 не устанавливает срок для такого ходатайства; Верховный Суд рассматривает дело в "
    "разумный срок (часть вторая статьи 454-4).",
    "Chapter 54-1 sets no term for such a petition; the Supreme Court considers the case within a "
    "reasonable time (article 454-4 part 2).",
)
S["review.term.improves"] = (
    "Қылмыстық-процестік кодекстің 498-1-бабының үшінші бөлігіне сәйкес сотталған адамның "
    "жағдайын жақсартатын негіздер бойынша қайта қарау мерзіммен шектелмейді.",
    "Согласно части третьей статьи 498-1 Уголовно-процессуального кодекса пересмотр по "
    "основаниям, влекущим улучшение положения осуждённого, сроками не ограничен.",
    "Under article 498-1 part 3 of the Criminal Procedure Code, review on grounds that improve the "
    "convicted person's position is not limited in time.",
)
S["review.term.worsens"] = (
    "Қылмыстық-процестік кодекстің 498-1-бабының үшінші бөлігіне сәйкес адамның жағдайын "
    "нашарлататын негіздер бойынша қайта қарауға кассациялық қараудан кейін алты ай ішінде ғана "
    "жол беріледі; жауап бұл мерзімді кассациялық сот актісі заңды күшіне енген күннен бастап "
    "есептейді.",
    "Согласно части третьей статьи 498-1 Уголовно-процессуального кодекса пересмотр по "
    "основаниям, влекущим ухудшение положения лица, допускается только в течение шести месяцев "
    "после кассационного рассмотрения; ответ исчисляет этот срок со дня вступления акта "
    "кассационного суда в законную силу.",
    "Under article 498-1 part 3 of the Criminal Procedure Code, review on grounds that worsen the "
    "person's position is allowed only within six months after the cassation review; this answer "
    "counts them from the day the cassation court's act entered into legal force.",
)
S["review.restore.none"] = (
    "Қылмыстық-процестік кодекстің 498-1-бабының үшінші бөлігіне сәйкес бұл мерзімді қалпына "
    "келтіруге жол берілмейді; уақытында келіп түскен "
    "өтінішхат немесе наразылық алты ай өткеннен кейін де қаралуы мүмкін.",
    "Согласно части третьей статьи 498-1 Уголовно-процессуального кодекса восстановление этого "
    "срока не допускается; поступившие в срок "
    "ходатайство или протест могут быть рассмотрены и по истечении шести месяцев.",
    "Under article 498-1 part 3 of the Criminal Procedure Code this term cannot be restored; a "
    "petition or protest that arrived in time may still be decided after the six months.",
)
S["review.in_force"] = (
    "Кассациялық сот актісі жарияланған күні заңды күшіне енді: {in_force}.",
    "Акт кассационного суда вступил в законную силу со дня его оглашения: {in_force}.",
    "The cassation court's act entered into legal force on the day it was pronounced: {in_force}.",
)
S["review.filed_before_in_force"] = (
    "Құжат кассациялық сот актісі жарияланғанға дейін берілген, ал Жоғарғы Сот заңды күшіне енген "
    "сот актілерін кассациялық сатыда қаралғаннан кейін ғана қайта қарайды.",
    "Документ подан до оглашения акта кассационного суда, а Верховный Суд пересматривает только "
    "вступившие в законную силу судебные акты после их рассмотрения в кассационной инстанции.",
    "The document was filed before the cassation court's act was pronounced, and the Supreme Court "
    "reviews only acts that have entered into legal force after their consideration in cassation.",
)
S["caveat.supreme_court_review_civil"] = (
    "Бұл есептеу осы негіздердің бірі бар-жоғын тексермейді. Азаматтық процестік кодекстің "
    "434-бабының екінші бөлігіндегі кассациялық қайта қараудан шығару ережелері бұл қайта қарауға "
    "қолданылмайды: мұнда тек ерекше негіздер маңызды.",
    "Этот расчёт не проверяет, имеется ли одно из этих оснований. Исключения из кассационного "
    "пересмотра части второй статьи 434 Гражданского процессуального кодекса к этому пересмотру "
    "не применяются: здесь важны только исключительные основания.",
    "This calculation does not check whether one of these grounds exists. The exclusions from "
    "cassation review of article 434 part 2 of the Civil Procedure Code do not apply to this "
    "review: only the exceptional grounds matter here.",
)
S["caveat.supreme_court_review_criminal"] = (
    "Бұл есептеу осы негіздердің бірі бар-жоғын тексермейді. Қылмыстық-процестік кодекстің "
    "484-бабындағы кассациялық қайта қараудан шығару ережелері бұл қайта қарауға қолданылмайды: "
    "мұнда тек ерекше негіздер маңызды.",
    "Этот расчёт не проверяет, имеется ли одно из этих оснований. Исключения из кассационного "
    "пересмотра статьи 484 Уголовно-процессуального кодекса к этому пересмотру не применяются: "
    "здесь важны только исключительные основания.",
    "This calculation does not check whether one of these grounds exists. The exclusions from "
    "cassation review of article 484 of the Criminal Procedure Code do not apply to this review: "
    "only the exceptional grounds matter here.",
)
