"""The directory of courts whose acts reach cassation, in kk/ru/en (loaded by a data migration).

Appellate instance: the regional courts (oblys courts) of the 17 regions and the city courts of
the three cities of republican significance, each with its judicial collegia, as listed on
sud.gov.kz; the Military Court of the Republic of Kazakhstan. Supreme Court: its collegia.
"""

REGIONS = [
    # code, kk, ru, en
    ("astana", "Астана қалалық соты", "Астанинский городской суд", "Astana City Court"),
    ("almaty-city", "Алматы қалалық соты", "Алматинский городской суд", "Almaty City Court"),
    ("shymkent", "Шымкент қалалық соты", "Шымкентский городской суд", "Shymkent City Court"),
    ("abai", "Абай облыстық соты", "Суд области Абай", "Abai Regional Court"),
    ("akmola", "Ақмола облыстық соты", "Акмолинский областной суд", "Akmola Regional Court"),
    ("aktobe", "Ақтөбе облыстық соты", "Актюбинский областной суд", "Aktobe Regional Court"),
    ("almaty-region", "Алматы облыстық соты", "Алматинский областной суд", "Almaty Regional Court"),
    ("atyrau", "Атырау облыстық соты", "Атырауский областной суд", "Atyrau Regional Court"),
    (
        "east-kazakhstan",
        "Шығыс Қазақстан облыстық соты",
        "Восточно-Казахстанский областной суд",
        "East Kazakhstan Regional Court",
    ),
    ("zhambyl", "Жамбыл облыстық соты", "Жамбылский областной суд", "Zhambyl Regional Court"),
    ("zhetysu", "Жетісу облыстық соты", "Суд области Жетісу", "Zhetysu Regional Court"),
    (
        "west-kazakhstan",
        "Батыс Қазақстан облыстық соты",
        "Западно-Казахстанский областной суд",
        "West Kazakhstan Regional Court",
    ),
    (
        "karaganda",
        "Қарағанды облыстық соты",
        "Карагандинский областной суд",
        "Karaganda Regional Court",
    ),
    ("kostanay", "Қостанай облыстық соты", "Костанайский областной суд", "Kostanay Regional Court"),
    (
        "kyzylorda",
        "Қызылорда облыстық соты",
        "Кызылординский областной суд",
        "Kyzylorda Regional Court",
    ),
    (
        "mangystau",
        "Маңғыстау облыстық соты",
        "Мангистауский областной суд",
        "Mangystau Regional Court",
    ),
    ("pavlodar", "Павлодар облыстық соты", "Павлодарский областной суд", "Pavlodar Regional Court"),
    (
        "north-kazakhstan",
        "Солтүстік Қазақстан облыстық соты",
        "Северо-Казахстанский областной суд",
        "North Kazakhstan Regional Court",
    ),
    (
        "turkistan",
        "Түркістан облыстық соты",
        "Туркестанский областной суд",
        "Turkistan Regional Court",
    ),
    ("ulytau", "Ұлытау облыстық соты", "Суд области Ұлытау", "Ulytau Regional Court"),
    (
        "military",
        "Қазақстан Республикасының Әскери соты",
        "Военный суд Республики Казахстан",
        "Military Court of the Republic of Kazakhstan",
    ),
]

SUPREME_COURT_COLLEGIA = [
    (
        "sc-civil",
        "Жоғарғы Соттың азаматтық істер жөніндегі сот алқасы",
        "Судебная коллегия по гражданским делам Верховного Суда",
        "Judicial Collegium for Civil Cases of the Supreme Court",
    ),
    (
        "sc-criminal",
        "Жоғарғы Соттың қылмыстық істер жөніндегі сот алқасы",
        "Судебная коллегия по уголовным делам Верховного Суда",
        "Judicial Collegium for Criminal Cases of the Supreme Court",
    ),
    (
        "sc-administrative",
        "Жоғарғы Соттың әкімшілік істер жөніндегі сот алқасы",
        "Судебная коллегия по административным делам Верховного Суда",
        "Judicial Collegium for Administrative Cases of the Supreme Court",
    ),
    (
        "sc-specialised",
        "Жоғарғы Соттың мамандандырылған сот алқасы",
        "Специализированная судебная коллегия Верховного Суда",
        "Specialised Judicial Collegium of the Supreme Court",
    ),
]
