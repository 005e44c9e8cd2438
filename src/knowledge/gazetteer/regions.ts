/**
 * First-level regions (states, provinces, oblasts) and well-known areas, seas and continents, written by us.
 * One line a place: `name | aliases (;) | feature | country | lat | lon | admin1`.
 * feature: ADM1 first-level region, ADMD historical or informal region, RGN area, CONT continent, OCN/SEA/GULF water,
 * ISL island, MTS mountains. admin1: `=CODE` the GeoNames admin1 code cities carry (USPS codes in the US, ENG/SCT/WLS/NIR
 * in the UK), else the name of the region's capital, whose admin1 code the gazetteer copies. Coordinates: GeoNames' own point
 * where it has the place (the convention of the LGL and TR-News sets: the European Union at its seat, Brussels), else a
 * rough centre.
 */
export const REGION_LINES = `
Alabama|Ala.|ADM1|US|32.75|-86.75|=AL
Alaska||ADM1|US|64|-150|=AK
Arizona|Ariz.|ADM1|US|34.5|-111.5|=AZ
Arkansas|Ark.|ADM1|US|34.75|-92.5|=AR
California|Calif.;Cal.|ADM1|US|37.25|-119.75|=CA
Colorado|Colo.|ADM1|US|39|-105.5|=CO
Connecticut|Conn.|ADM1|US|41.67|-72.67|=CT
Delaware|Del.|ADM1|US|39|-75.5|=DE
District of Columbia|D.C.;DC|ADM1|US|38.9|-77.02|=DC
Florida|Fla.|ADM1|US|28.75|-82.5|=FL
Georgia|Ga.|ADM1|US|32.75|-83.5|=GA
Hawaii|Hawai'i|ADM1|US|20.75|-156.5|=HI
Idaho||ADM1|US|44.5|-114.25|=ID
Illinois|Ill.|ADM1|US|40|-89.25|=IL
Indiana|Ind.|ADM1|US|40|-86.25|=IN
Iowa||ADM1|US|42|-93.5|=IA
Kansas|Kan.;Kans.|ADM1|US|38.5|-98.5|=KS
Kentucky|Ky.|ADM1|US|37.5|-85|=KY
Louisiana|La.|ADM1|US|31|-92|=LA
Maine||ADM1|US|45.5|-69.25|=ME
Maryland|Md.|ADM1|US|39|-76.75|=MD
Massachusetts|Mass.|ADM1|US|42.37|-71.8|=MA
Michigan|Mich.|ADM1|US|44.25|-85.5|=MI
Minnesota|Minn.|ADM1|US|46.25|-94.25|=MN
Mississippi|Miss.|ADM1|US|32.75|-89.75|=MS
Missouri|Mo.|ADM1|US|38.25|-92.5|=MO
Montana|Mont.|ADM1|US|47|-109.5|=MT
Nebraska|Neb.;Nebr.|ADM1|US|41.5|-99.75|=NE
Nevada|Nev.|ADM1|US|39.25|-116.75|=NV
New Hampshire|N.H.|ADM1|US|43.67|-71.5|=NH
New Jersey|N.J.|ADM1|US|40.17|-74.5|=NJ
New Mexico|N.M.|ADM1|US|34.5|-106|=NM
New York|N.Y.;New York State|ADM1|US|43|-75.5|=NY
North Carolina|N.C.|ADM1|US|35.5|-80|=NC
North Dakota|N.D.|ADM1|US|47.5|-100.5|=ND
Ohio||ADM1|US|40.25|-83|=OH
Oklahoma|Okla.|ADM1|US|35.5|-97.5|=OK
Oregon|Ore.;Oreg.|ADM1|US|44|-120.5|=OR
Pennsylvania|Pa.;Penn.|ADM1|US|40.75|-77.75|=PA
Rhode Island|R.I.|ADM1|US|41.75|-71.5|=RI
South Carolina|S.C.|ADM1|US|34|-81|=SC
South Dakota|S.D.|ADM1|US|44.5|-100.25|=SD
Tennessee|Tenn.|ADM1|US|35.75|-86.25|=TN
Texas|Tex.|ADM1|US|31.25|-99.25|=TX
Utah||ADM1|US|39.25|-111.75|=UT
Vermont|Vt.|ADM1|US|44|-72.75|=VT
Virginia|Va.|ADM1|US|37.5|-78.5|=VA
Washington|Wash.;Washington State|ADM1|US|47.5|-120.5|=WA
West Virginia|W.Va.;W. Va.|ADM1|US|38.5|-80.5|=WV
Wisconsin|Wis.;Wisc.|ADM1|US|44.5|-90|=WI
Wyoming|Wyo.|ADM1|US|43|-107.5|=WY
Puerto Rico||ADM1|PR|18.25|-66.5|=PR
Alberta|Alta.|ADM1|CA|52.28|-117.47|=01
British Columbia|B.C.;BC|ADM1|CA|54|-125|=02
Manitoba|Man.|ADM1|CA|55|-97|=03
New Brunswick|N.B.|ADM1|CA|46.5|-66|=04
Newfoundland and Labrador|Newfoundland;N.L.|ADM1|CA|52|-56|=05
Nova Scotia|N.S.|ADM1|CA|45|-63|=07
Ontario|Ont.|ADM1|CA|49.25|-84.5|=08
Prince Edward Island|P.E.I.;PEI|ADM1|CA|46.25|-63.25|=09
Quebec|Que.;Québec|ADM1|CA|52.5|-71|=10
Saskatchewan|Sask.|ADM1|CA|54|-106|=11
Yukon|Yukon Territory|ADM1|CA|63.5|-136|=12
Northwest Territories|N.W.T.|ADM1|CA|64.75|-121|=13
Nunavut||ADM1|CA|70|-90|=14
England||ADM1|GB|51.85|-0.4|=ENG
Scotland||ADM1|GB|56.5|-4.2|=SCT
Wales||ADM1|GB|52.3|-3.7|=WLS
Northern Ireland|Ulster|ADM1|GB|54.6|-6.7|=NIR
New South Wales|NSW|ADM1|AU|-32.5|147|Sydney
Victoria||ADM1|AU|-37|144.5|Melbourne
Queensland|Qld|ADM1|AU|-20|145|Brisbane
Western Australia|WA|ADM1|AU|-25.5|122|Perth
South Australia||ADM1|AU|-30|135|Adelaide
Tasmania||ADM1|AU|-42|146.5|Hobart
Northern Territory||ADM1|AU|-19.5|133.5|Darwin
Australian Capital Territory|ACT|ADM1|AU|-35.5|149|Canberra
Andhra Pradesh||ADM1|IN|16|80|Amaravati
Arunachal Pradesh||ADM1|IN|28|94.5|Itanagar
Assam||ADM1|IN|26.2|92.8|Dispur
Bihar||ADM1|IN|25.5|85.8|Patna
Chhattisgarh||ADM1|IN|21.3|81.8|Raipur
Goa||ADM1|IN|15.4|74|Panaji
Gujarat||ADM1|IN|22.7|71.5|Gandhinagar
Haryana||ADM1|IN|29.2|76.3|Chandigarh
Himachal Pradesh||ADM1|IN|31.9|77.2|Shimla
Jharkhand||ADM1|IN|23.6|85.5|Ranchi
Karnataka||ADM1|IN|14.5|76|Bengaluru
Kerala||ADM1|IN|10.4|76.5|Thiruvananthapuram
Madhya Pradesh||ADM1|IN|23.5|78.5|Bhopal
Maharashtra||ADM1|IN|19.5|76|Mumbai
Manipur||ADM1|IN|24.7|93.9|Imphal
Meghalaya||ADM1|IN|25.5|91.3|Shillong
Mizoram||ADM1|IN|23.3|92.8|Aizawl
Nagaland||ADM1|IN|26|94.3|Kohima
Odisha|Orissa|ADM1|IN|20.5|84.5|Bhubaneswar
Punjab||ADM1|IN|31|75.4|Chandigarh
Rajasthan||ADM1|IN|26.6|73.8|Jaipur
Sikkim||ADM1|IN|27.5|88.5|Gangtok
Tamil Nadu||ADM1|IN|11|78.5|Chennai
Telangana||ADM1|IN|17.8|79|Hyderabad
Tripura||ADM1|IN|23.8|91.5|Agartala
Uttar Pradesh||ADM1|IN|27|80.5|Lucknow
Uttarakhand|Uttaranchal|ADM1|IN|30.1|79.2|Dehradun
West Bengal||ADM1|IN|23|88|Kolkata
Jammu and Kashmir||ADM1|IN|33.5|75.3|Srinagar
Delhi|National Capital Territory of Delhi|ADM1|IN|28.63|77.2|New Delhi
Anhui||ADM1|CN|31.8|117.2|Hefei
Fujian||ADM1|CN|26|118|Fuzhou
Gansu||ADM1|CN|37|103|Lanzhou
Guangdong|Canton Province|ADM1|CN|23.3|113.5|Guangzhou
Guangxi||ADM1|CN|24|108.5|Nanning
Guizhou||ADM1|CN|27|106.8|Guiyang
Hainan||ADM1|CN|19.2|109.7|Haikou
Hebei||ADM1|CN|38.5|115.5|Shijiazhuang
Heilongjiang||ADM1|CN|48|128|Harbin
Henan||ADM1|CN|34|113.7|Zhengzhou
Hubei||ADM1|CN|31|112.3|Wuhan
Hunan||ADM1|CN|27.5|111.7|Changsha
Inner Mongolia||ADM1|CN|43|113|Hohhot
Jiangsu||ADM1|CN|33|119.8|Nanjing
Jiangxi||ADM1|CN|27.5|115.8|Nanchang
Jilin Province||ADM1|CN|43.5|126.5|Changchun
Liaoning||ADM1|CN|41.3|122.5|Shenyang
Ningxia||ADM1|CN|37.3|106.2|Yinchuan
Qinghai||ADM1|CN|35.5|96|Xining
Shaanxi||ADM1|CN|35.5|109|Xi'an
Shandong||ADM1|CN|36.3|118.3|Jinan
Shanxi||ADM1|CN|37.7|112.3|Taiyuan
Sichuan|Szechuan|ADM1|CN|30.5|102.5|Chengdu
Tibet|Xizang|ADM1|CN|31.5|88|Lhasa
Xinjiang|Xinjiang Uyghur Autonomous Region;East Turkestan|ADM1|CN|41.5|85.5|Urumqi
Yunnan||ADM1|CN|25|101.5|Kunming
Zhejiang||ADM1|CN|29.2|120.2|Hangzhou
Crimea|Crimean Peninsula;Krym|ADM1|UA|45.3|34.4|Simferopol
Donetsk Oblast|Donetsk region|ADM1|UA|48.1|37.7|Donetsk
Luhansk Oblast|Luhansk region;Lugansk region|ADM1|UA|48.7|39.2|Luhansk
Kharkiv Oblast|Kharkiv region|ADM1|UA|49.6|36.5|Kharkiv
Kherson Oblast|Kherson region|ADM1|UA|46.6|33.5|Kherson
Zaporizhzhia Oblast|Zaporizhzhia region;Zaporizhia region|ADM1|UA|47.5|35.5|Zaporizhzhia
Dnipropetrovsk Oblast|Dnipropetrovsk region|ADM1|UA|48.4|35|Dnipro
Odesa Oblast|Odesa region;Odessa region|ADM1|UA|46.7|30|Odesa
Kyiv Oblast|Kyiv region;Kiev region|ADM1|UA|50.3|30.5|Kyiv
Lviv Oblast|Lviv region|ADM1|UA|49.8|24|Lviv
Mykolaiv Oblast|Mykolaiv region|ADM1|UA|47.2|31.8|Mykolaiv
Sumy Oblast|Sumy region|ADM1|UA|50.9|34.8|Sumy
Chernihiv Oblast|Chernihiv region|ADM1|UA|51.3|31.9|Chernihiv
Donbas|Donbass|RGN|UA|48.2|38.3|
Moscow Oblast|Moscow region|ADM1|RU|55.75|37.5|Krasnogorsk
Belgorod Oblast|Belgorod region|ADM1|RU|50.7|37|Belgorod
Kursk Oblast|Kursk region|ADM1|RU|51.7|36.2|Kursk
Bryansk Oblast|Bryansk region|ADM1|RU|52.9|33.4|Bryansk
Rostov Oblast|Rostov region|ADM1|RU|47.7|41.3|Rostov-on-Don
Krasnodar Krai|Krasnodar region|ADM1|RU|45.3|39|Krasnodar
Kaliningrad Oblast|Kaliningrad region|ADM1|RU|54.7|21.5|Kaliningrad
Leningrad Oblast|Leningrad region|ADM1|RU|60|32|Saint Petersburg
Primorsky Krai|Primorye;Primorsky region|ADM1|RU|45|134.5|Vladivostok
Chechnya|Chechen Republic|ADM1|RU|43.4|45.7|Grozny
Dagestan||ADM1|RU|42.8|47|Makhachkala
Tatarstan||ADM1|RU|55.5|50.5|Kazan
Siberia||RGN|RU|60|105|
Russian Far East|Far East|RGN|RU|62|150|
Chukotka||ADM1|RU|66|171|Anadyr
Sakhalin||ISL|RU|50|143|
Bavaria|Bayern|ADM1|DE|48.9|11.4|Munich
Baden-Württemberg||ADM1|DE|48.5|9|Stuttgart
North Rhine-Westphalia||ADM1|DE|51.5|7.5|Düsseldorf
Saxony|Sachsen|ADM1|DE|51|13.3|Dresden
Lower Saxony||ADM1|DE|52.7|9.3|Hanover
Hesse|Hessen|ADM1|DE|50.6|9|Wiesbaden
Brandenburg||ADM1|DE|52.4|13.4|Potsdam
Catalonia|Catalunya|ADM1|ES|41.8|1.5|Barcelona
Andalusia|Andalucía|ADM1|ES|37.4|-4.5|Seville
Basque Country||ADM1|ES|43|-2.6|Vitoria-Gasteiz
Galicia||ADM1|ES|42.7|-7.9|Santiago de Compostela
Lombardy|Lombardia|ADM1|IT|45.6|9.8|Milan
Sicily|Sicilia|ADM1|IT|37.5|14.1|Palermo
Sardinia|Sardegna|ADM1|IT|40|9|Cagliari
Tuscany|Toscana|ADM1|IT|43.4|11|Florence
Corsica|Corse|ADM1|FR|42.1|9|Ajaccio
Brittany|Bretagne|ADM1|FR|48.2|-2.8|Rennes
Normandy|Normandie|ADM1|FR|49.1|0.2|Rouen
Flanders|Vlaanderen|ADM1|BE|51|4.5|Brussels
Wallonia||ADM1|BE|50.4|4.8|Namur
Punjab Province|Punjab, Pakistan|ADM1|PK|31|72.5|Lahore
Sindh||ADM1|PK|26|68.5|Karachi
Khyber Pakhtunkhwa|North-West Frontier Province;NWFP|ADM1|PK|34.5|72|Peshawar
Balochistan|Baluchistan|ADM1|PK|28.5|65.5|Quetta
Kashmir||RGN|IN|34.5|76|
Helmand||ADM1|AF|31|64|Lashkar Gah
Kandahar Province||ADM1|AF|31|65.7|Kandahar
Kurdistan|Iraqi Kurdistan;Kurdistan Region|ADM1|IQ|36.2|44|Erbil
Anbar|Al Anbar;Anbar Province|ADM1|IQ|33|42|Ramadi
Darfur||RGN|SD|13.5|24|
South Kordofan||ADM1|SD|11|30|Kadugli
Idlib Province|Idlib governorate|ADM1|SY|35.8|36.6|Idlib
Golan Heights|the Golan;Golan|RGN|SY|33|35.75|
Gaza Strip|Gaza;the Gaza Strip|RGN|PS|31.42|34.35|
West Bank|the West Bank|RGN|PS|31.95|35.25|
Sinai|Sinai Peninsula|RGN|EG|29.5|33.8|
Tigray||ADM1|ET|14|38.8|Mek'ele
Mindanao||ISL|PH|8|125|
Luzon||ISL|PH|16|121|
Central Luzon||ADM1|PH|15.47|120.75|San Fernando
Bali||ISL|ID|-8.4|115.2|
Java||ISL|ID|-7.5|110|
Sumatra||ISL|ID|0|102|
Borneo||ISL|ID|1|114|
Aceh||ADM1|ID|4.4|96.5|Banda Aceh
Papua||ADM1|ID|-4|138|Jayapura
Okinawa||ADM1|JP|26.5|128|Naha
Hokkaido||ISL|JP|43.5|142.8|
Fukushima Prefecture||ADM1|JP|37.4|140.5|Fukushima
Greenland||ISL|GL|72|-40|
Patagonia||RGN|AR|-45|-69|
Amazon|Amazon rainforest;Amazonia|RGN|BR|-4|-62|
Sao Paulo State||ADM1|BR|-22|-48.5|São Paulo
Rio Grande do Sul||ADM1|BR|-30|-53.5|Porto Alegre
Chiapas||ADM1|MX|16.5|-92.5|Tuxtla Gutiérrez
Chihuahua State||ADM1|MX|28.8|-106.5|Chihuahua
Sinaloa||ADM1|MX|25|-107.5|Culiacán
Tamaulipas||ADM1|MX|24|-98.5|Ciudad Victoria
Baja California||ADM1|MX|30|-115|Mexicali
Yucatan|Yucatán|ADM1|MX|20.7|-89|Mérida
Gauteng||ADM1|ZA|-26.1|28.1|Johannesburg
Eastern Cape||ADM1|ZA|-32.3|26.4|Bhisho
Northern Cape||ADM1|ZA|-29.5|21.8|Kimberley
Free State|Orange Free State|ADM1|ZA|-28.7|26.5|Bloemfontein
Limpopo||ADM1|ZA|-23.9|29.4|Polokwane
Mpumalanga||ADM1|ZA|-25.6|30.0|Mbombela
North West||ADM1|ZA|-26.3|25.6|Mahikeng
KwaZulu-Natal|KZN|ADM1|ZA|-28.5|30.9|Pietermaritzburg
Western Cape||ADM1|ZA|-33.2|21.8|Cape Town
Borno|Borno State|ADM1|NG|11.5|13|Maiduguri
Lagos State||ADM1|NG|6.55|3.6|Ikeja
Kivu|North Kivu|ADM1|CD|-0.8|29|Goma
Hong Kong|HK|ADM1|HK|22.3|114.17|=HCW
Macau|Macao|ADM1|MO|22.17|113.55|
Taiwan Strait|Formosa Strait|SEA|TW|24|119.5|
Scandinavia||RGN||63|14|
Balkans|the Balkans|RGN||43|21|
Caucasus|the Caucasus|RGN||42.5|44.5|
Middle East|the Middle East;Mideast|RGN||29|42|
Near East||RGN||29|42|
Persian Gulf|Gulf;the Gulf;Arabian Gulf|GULF||27|51|
Gulf of Mexico||GULF||25|-90|
Gulf of Aden||GULF||12|48|
Gulf of Guinea||GULF||2|4|
Red Sea||SEA||20|38.5|
Black Sea||SEA||43.5|34|
Caspian Sea||SEA||41.8|50.7|
Mediterranean|Mediterranean Sea;the Mediterranean|SEA||35|18|
Baltic Sea|Baltic|SEA||58|20|
North Sea||SEA||56|3|
Arctic|Arctic Ocean;the Arctic|OCN||82|0|
Atlantic|Atlantic Ocean;the Atlantic|OCN||5|-27|
Pacific|Pacific Ocean;the Pacific|OCN||0|-160|
Indian Ocean||OCN||-20|80|
South China Sea||SEA||12|113|
East China Sea||SEA||29|125|
Sea of Japan|East Sea|SEA||40|135|
Sea of Azov|Azov Sea|SEA||46|36.5|
Sea of Okhotsk||SEA||53|150|
Yellow Sea||SEA||35|123|
Arabian Sea||SEA||15|65|
Caribbean|Caribbean Sea;the Caribbean|SEA||15|-75|
Strait of Hormuz|Hormuz|SEA||26.6|56.3|
English Channel||SEA||50.2|-1|
Suez Canal||SEA||30.6|32.3|
Panama Canal||SEA||9.1|-79.7|
Bosphorus||SEA||41.1|29.05|
Korean Peninsula|the Korean Peninsula|RGN||38|127.5|
Horn of Africa||RGN||8|46|
Sahel||RGN||15|5|
Sahara|Sahara Desert|RGN||23|13|
Himalayas|Himalaya|MTS||28.6|83.9|
Alps||MTS||46.4|10|
Great Lakes||RGN||45|-84|
Lake Michigan||SEA||44|-87|
Lake Erie||SEA||42.2|-81.2|
Mississippi River||SEA||32|-91|
Nile|Nile River;River Nile|SEA||23|32.5|
Euphrates|Euphrates River|SEA||34.5|40.8|
Danube|Danube River|SEA||45|24|
Yangtze|Yangtze River|SEA||30.5|114|
Mekong|Mekong River|SEA||15|105.8|
Siachen||RGN|IN|35.4|77.1|
Cornwall||ADM2|GB|50.4|-4.9|=ENG
Devon||ADM2|GB|50.7|-3.8|=ENG
Dorset||ADM2|GB|50.8|-2.3|=ENG
Somerset||ADM2|GB|51.1|-3|=ENG
Kent||ADM2|GB|51.2|0.7|=ENG
Surrey||ADM2|GB|51.25|-0.4|=ENG
Sussex|East Sussex;West Sussex|ADM2|GB|50.9|-0.3|=ENG
Essex||ADM2|GB|51.8|0.6|=ENG
Suffolk||ADM2|GB|52.2|1|=ENG
Norfolk||ADM2|GB|52.65|1|=ENG
Cambridgeshire||ADM2|GB|52.3|0|=ENG
Oxfordshire||ADM2|GB|51.8|-1.3|=ENG
Buckinghamshire||ADM2|GB|51.8|-0.8|=ENG
Hertfordshire||ADM2|GB|51.8|-0.2|=ENG
Berkshire||ADM2|GB|51.45|-1.1|=ENG
Hampshire||ADM2|GB|51.05|-1.3|=ENG
Wiltshire||ADM2|GB|51.3|-1.9|=ENG
Gloucestershire||ADM2|GB|51.8|-2.2|=ENG
Yorkshire|North Yorkshire;West Yorkshire;South Yorkshire|ADM2|GB|53.9|-1.5|=ENG
Lancashire||ADM2|GB|53.8|-2.6|=ENG
Cumbria||ADM2|GB|54.6|-3|=ENG
Northumberland||ADM2|GB|55.2|-2|=ENG
Durham|County Durham|ADM2|GB|54.7|-1.8|=ENG
Lincolnshire||ADM2|GB|53.1|-0.2|=ENG
Derbyshire||ADM2|GB|53.1|-1.6|=ENG
Staffordshire||ADM2|GB|52.8|-2|=ENG
West Midlands|the Midlands;Midlands|RGN|GB|52.5|-1.9|=ENG
East Anglia||RGN|GB|52.4|1|=ENG
Merseyside||ADM2|GB|53.4|-3|=ENG
Greater Manchester||ADM2|GB|53.5|-2.3|=ENG
Fife||ADM2|GB|56.25|-3.2|=SCT
Northamptonshire||ADM2|GB|52.3|-0.9|=ENG
Leicestershire||ADM2|GB|52.7|-1.1|=ENG
Nottinghamshire||ADM2|GB|53.1|-1|=ENG
Warwickshire||ADM2|GB|52.3|-1.55|=ENG
Worcestershire||ADM2|GB|52.2|-2.2|=ENG
Herefordshire||ADM2|GB|52.1|-2.75|=ENG
Shropshire||ADM2|GB|52.7|-2.75|=ENG
Cheshire||ADM2|GB|53.2|-2.55|=ENG
Bedfordshire||ADM2|GB|52.05|-0.45|=ENG
Rutland||ADM2|GB|52.65|-0.65|=ENG
West Midlands||ADM2|GB|52.5|-1.9|=ENG
Tyne and Wear||ADM2|GB|54.95|-1.6|=ENG
Isle of Wight||ADM2|GB|50.68|-1.3|=ENG
East Riding of Yorkshire||ADM2|GB|53.85|-0.6|=ENG
Greater London||ADM2|GB|51.5|-0.12|=ENG
Highlands|Scottish Highlands;the Highlands|RGN|GB|57.3|-4.8|=SCT
Nyanza|Nyanza Province|ADM1|KE|-0.5|34.6|Kisumu
Rift Valley|Rift Valley Province|ADM1|KE|0.5|36|Nakuru
Western Province|Western Kenya|ADM1|KE|0.5|34.6|Kakamega
North Eastern Province|North Eastern|ADM1|KE|1.5|40|Garissa
Coast Province||ADM1|KE|-3|39.5|Mombasa
Pangasinan||ADM1|PH|16|120.3|Lingayen
Nueva Ecija||ADM1|PH|15.6|121|Palayan City
Bulacan||ADM1|PH|15|121.08|Malolos
Eastern Visayas||ADM1|PH|11.5|125|Tacloban
Laguna Province|Laguna|ADM1|PH|14.17|121.33|Santa Cruz
Cebu Province||ADM1|PH|10.3|123.9|Cebu City
West Java|Jawa Barat|ADM1|ID|-6.9|107.6|Bandung
Central Java|Jawa Tengah|ADM1|ID|-7.3|110|Semarang
East Java|Jawa Timur|ADM1|ID|-7.7|112.5|Surabaya
Kasai Occidental|Kasaï-Occidental|ADM1|CD|-5|21.5|Kananga
Kasai|Kasaï|ADM1|CD|-5|21.5|Kananga
Orientale|Orientale Province|ADM1|CD|2|27|Kisangani
Ituri||ADM1|CD|1.5|29.5|Bunia
North Kivu|Nord-Kivu|ADM1|CD|-0.8|29|Goma
South Kivu|Sud-Kivu|ADM1|CD|-3|28.3|Bukavu
Katanga||ADM1|CD|-8.5|26.5|Lubumbashi
Mashonaland West||ADM1|ZW|-17.5|29.8|Chinhoyi
Mashonaland East||ADM1|ZW|-18|31.8|Marondera
Manicaland||ADM1|ZW|-19|32.5|Mutare
Midlands Province||ADM1|ZW|-19|30|Gweru
Matabeleland|Matabeleland North;Matabeleland South|ADM1|ZW|-20|28|Bulawayo
Artibonite||ADM1|HT|19.3|-72.5|Gonaïves
Centre Department|Central Plateau|ADM1|HT|19|-72|Hinche
Menoufia|Monufia;Minufiya|ADM1|EG|30.5|31|Shibin al Kawm
Daqahliya|Dakahlia|ADM1|EG|31|31.5|Al Manşūrah
Beni Suef||ADM1|EG|29.1|31.1|Banī Suwayf
Gharbia||ADM1|EG|30.8|31|Tanda
South Darfur||ADM1|SD|11.5|24.9|Nyala
North Darfur||ADM1|SD|15.8|25.2|El Fasher
West Darfur||ADM1|SD|13|22.5|Geneina
Al Jazirah|Gezira|ADM1|SD|14.5|33.3|Wad Madani
Zamfara||ADM1|NG|12.1|6.2|Gusau
Kano State||ADM1|NG|11.7|8.5|Kano
Kaduna State||ADM1|NG|10.4|7.7|Kaduna
Saxony-Anhalt|Sachsen-Anhalt|ADM1|DE|52|11.7|Magdeburg
Thuringia|Thüringen|ADM1|DE|50.9|11|Erfurt
Schleswig-Holstein||ADM1|DE|54.2|9.8|Kiel
Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|ADM1|DE|53.6|12.7|Schwerin
Rhineland-Palatinate|Rheinland-Pfalz|ADM1|DE|50|7.5|Mainz
Guerrero||ADM1|MX|17.6|-99.9|Chilpancingo
Oaxaca State||ADM1|MX|17|-96.5|Oaxaca
Jalisco||ADM1|MX|20.5|-103.5|Guadalajara
Michoacan|Michoacán|ADM1|MX|19.2|-101.9|Morelia
Santa Catarina||ADM1|BR|-27.25|-50.3|Florianópolis
Tocantins||ADM1|BR|-10.2|-48.3|Palmas
Minas Gerais||ADM1|BR|-18.5|-44.5|Belo Horizonte
Bahia||ADM1|BR|-12.5|-41.7|Salvador
Rogaland||ADM1|NO|59|6|Stavanger
Telemark||ADM1|NO|59.4|8.5|Skien
Akershus||ADM1|NO|60|11|Oslo
Hedmark||ADM1|NO|61.4|11.5|Hamar
Oppland||ADM1|NO|61.5|9.5|Lillehammer
Buskerud||ADM1|NO|60.3|9|Drammen
Vestfold||ADM1|NO|59.3|10.2|Tønsberg
Østfold||ADM1|NO|59.3|11.2|Sarpsborg
Vest-Agder||ADM1|NO|58.3|7.2|Kristiansand
Aust-Agder||ADM1|NO|58.7|8.3|Arendal
Binh Phuoc|Bình Phước|ADM1|VN|11.7|106.8|Đồng Xoài
Somme||ADM2|FR|49.9|2.3|Amiens
Americas|the Americas|CONT||19|-90|
Northern Europe||RGN||60|15|
Southern Europe||RGN||41|15|
Central Europe||RGN||49.5|15|
Eastern Mediterranean||SEA||34|32|
Central Africa||RGN||2|20|
Southern Africa||RGN||-25|25|
Ural Mountains|Urals;the Urals|MTS|RU|60|59.5|
Danube Delta||RGN|RO|45.1|29.3|
Pacific Northwest||RGN|US|46|-121|
American South|the South;Deep South|RGN|US|33|-87|
Midwest|the Midwest|RGN|US|42|-90|
New England||RGN|US|43.5|-71.5|
Salinas Valley||RGN|US|36.4|-121.3|
San Fernando Valley||RGN|US|34.2|-118.45|
Silicon Valley||RGN|US|37.4|-122|
Fraser Valley||RGN|CA|49.1|-122|
Long Island||ISL|US|40.8|-73.3|
Congo|the Congo|RGN|CD|-2.5|23.5|
Asia||CONT||29.84|89.3|
Europe||CONT||48.69|9.14|
European Union|EU;E.U.|RGN||50.85|4.35|
Africa||CONT||7.19|21.09|
North America||CONT||54.77|-105.64|
South America||CONT||-14.6|-57.66|
Latin America||RGN||-14.6|-57.66|
Central America||RGN||12.8|-85.3|
Oceania||CONT||-18.31|138.52|
Antarctica||CONT||-78.16|16.41|
Southeast Asia|South-East Asia|RGN||10|110|
East Asia||RGN||35|115|
South Asia||RGN||23|80|
Central Asia||RGN||43|65|
West Africa||RGN||12|-2|
East Africa||RGN||0|36|
North Africa||RGN||28|10|
Western Europe||RGN||48|5|
Eastern Europe||RGN||50|28|
`;
