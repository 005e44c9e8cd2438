/**
 * Spellings news writers use for places whose gazetteer name differs: `variant | gazetteer name | country`.
 * The variant gets the same candidates as the named entry (the most populous of that name in that country).
 */
export const PLACE_ALIAS_LINES = `
Kiev|Kyiv|UA
Kiyv|Kyiv|UA
Odessa|Odesa|UA
Kharkov|Kharkiv|UA
Lvov|Lviv|UA
Lugansk|Luhansk|UA
Zaporozhye|Zaporizhzhia|UA
Zaporizhia|Zaporizhzhia|UA
Dnipropetrovsk|Dnipro|UA
Nikolaev|Mykolaiv|UA
Chernigov|Chernihiv|UA
Artemivsk|Bakhmut|UA
Artyomovsk|Bakhmut|UA
Peking|Beijing|CN
Canton|Guangzhou|CN
Bombay|Mumbai|IN
Calcutta|Kolkata|IN
Madras|Chennai|IN
Bangalore|Bengaluru|IN
Poona|Pune|IN
Rangoon|Yangon|MM
Saigon|Ho Chi Minh City|VN
Ho Chi Minh|Ho Chi Minh City|VN
Leningrad|Saint Petersburg|RU
St Petersburg|Saint Petersburg|RU
Petersburg|Saint Petersburg|RU
Stalingrad|Volgograd|RU
Nizhny|Nizhniy Novgorod|RU
Nizhny Novgorod|Nizhniy Novgorod|RU
Rostov|Rostov-na-Donu|RU
Rostov-on-Don|Rostov-na-Donu|RU
Washington|Washington, D.C.|US
Washington DC|Washington, D.C.|US
New York|New York City|US
NYC|New York City|US
Manhattan|New York City|US
Brooklyn|New York City|US
Bronx|New York City|US
Queens|New York City|US
L.A.|Los Angeles|US
LA|Los Angeles|US
Vegas|Las Vegas|US
Frisco|San Francisco|US
Philly|Philadelphia|US
Big Apple|New York City|US
Gaza City|Gaza|PS
Al-Quds|Jerusalem|IL
Tel Aviv-Yafo|Tel Aviv|IL
Jaffa|Tel Aviv|IL
Haleb|Aleppo|SY
Teheran|Tehran|IR
Constantinople|Istanbul|TR
Angora|Ankara|TR
Makkah|Mecca|SA
Sana'a|Sanaa|YE
Jo'burg|Johannesburg|ZA
Dacca|Dhaka|BD
Katmandu|Kathmandu|NP
Djakarta|Jakarta|ID
Roma|Rome|IT
Frankfurt|Frankfurt am Main|DE
Hanover|Hannover|DE
Bruxelles|Brussels|BE
Antwerp|Antwerpen|BE
Den Haag|The Hague|NL
Lisboa|Lisbon|PT
Cracow|Kraków|PL
Krakow|Kraków|PL
Praha|Prague|CZ
Wien|Vienna|AT
Genève|Geneva|CH
Zurich|Zürich|CH
Tiflis|Tbilisi|GE
Nur-Sultan|Astana|KZ
Alma-Ata|Almaty|KZ
Ulan Bator|Ulaanbaatar|MN
Montreal|Montréal|CA
Quebec City|Québec|CA
Bogota|Bogotá|CO
Sao Paulo|São Paulo|BR
Brasilia|Brasília|BR
Rio|Rio de Janeiro|BR
Karak|Karak City|JO
Kerak|Karak City|JO
Al-Karak|Karak City|JO
`;
