/**
 * Given names the person recognizer knows, folded like text/fold.ts does: lower case, accents off.
 * Letters without an ASCII base (ø, ł, đ, ı, æ) stay as fold() leaves them, so a name holding one is
 * stored twice, as fold() gives it and as it is usually typed. Compound names are not stored: the
 * recognizer splits `Jean-Pierre` itself and looks up each part.
 *
 * Kept as space-separated text split once at load, which is much smaller in the bundle and faster
 * to parse than thousands of array elements.
 */

/** French given names of men, every generation, with the parts of compound names. */
const FRENCH_MALE = `
aaron abel achille adam adelin adem adolphe adrien alain alan alban alberic albert albin alcide alessio alex
alexandre alexis alexy alfred allan aloys alphonse amand amaury ambroise amedee anas anatole andre anselme
anthony antoine antonin apollinaire aristide armand arnaud arsene arthur aubin auguste augustin aurele
aurelien axel ayden aymen aymeric baptiste baptistin barnabe barthelemy basile bastien benjamin benoit bernard
bertrand blaise boris brandon brice bruno camille casimir cedric celestin cesaire cesar charles charlie charly
christian christophe claude clovis colin come constantin corentin cyprien cyril cyrille damien daniel dany
david denis didier dieudonne dimitri donatien dorian dylan eden edgar edmond edouard elias eliaz elie elio
eliot eliott elisee eloi elouan emeric emile emilien emmanuel enguerrand enzo eric ernest esteban ethan
etienne eugene evan evann ewen fabien fabrice faustin felicien felix ferdinand fernand firmin florent
florentin florian foucauld francis franck francois fred freddy frederic frederick gabin gabriel gaby gael
gaetan gaspard gaston gauthier gautier geoffroy georges gerald gerard gervais ghislain gilbert gildas gilles
gonzague gratien gregoire gregory guillaume gustave guy guylain gwendal hadrien harold hector henri herve
hilaire hippolyte horace hubert hugo hugues hyacinthe ignace ilian ilyan ilyes irenee isaac isidore ismael
jacky jacques jean jeremi jeremie jeremy jerome jessy jimmy joachim jocelyn joel johan johann johnny jonathan
jordan jordy joseph joshua josselin josue jules julian julien justin kais kaylan kenji kenzo kevin kilian
killian killyan kylian laurent lazare leandre leandro lenny leny lenzo leo leon leonard leonce leopold liam
lilian lionel livio loan loic lorenzo loris louis louison louka luc lucas lucien lucky ludo ludovic ludwig
luka lukas lyam lylian maceo mael maelan mahe malo marc marceau marcel marcelin marcellin marius martin matheo
mathias mathieu mathis mathys matteo matthieu matthis maurice maxence maxens maxime maximilien melchior michel
mickael mikael milo morgan nael narcisse nathan nathanael nestor nicolas nino noa noah noam noe nolan norbert
octave odilon olivier oscar ovide pablo pacome pascal patrice patrick paul paulin philemon philibert philippe
pierrick quentin rafael raoul raphael rayan raymond regis remi remy renaud rene richard ricky robert robin
rodolphe rodrigue roger roland romaric romeo romuald ronan ruben rudy sacha samuel sandro sasha sebastian
sebastien seraphin serge severin simon soan sohan stanislas steeve stephane stephen steve swann sylvain
sylvestre tanguy tao teddy theo theodore theophile thibaud thibault thibaut thierry thomas tiago timeo timothe
timothee titouan tony tristan tylian ulysse valentin valere valerien valery vianney victor victorin vincent
virgile vivien warren wesley wilfried william willy xavier yanis yann yannick yoan yoann yohan yohann younes
yves yvon zacharie
`;

/** French given names of women, every generation, with the parts of compound names. */
const FRENCH_FEMALE = `
adelaide adele adeline adrienne agathe aglae agnes albane albertine alexandra alexandrine alice aline alix
alizee allison alma alya amandine ambre amelie anaelle anais anastasie andree angele angelique anna annabelle
annaelle anne annick annie anouk antoinette apolline ariane arielle arlette armelle astrid audrey augustine
aurelie ava ayla barbara beatrice benedicte berenice bernadette berthe bertille betty brigitte carine carole
caroline cassandra cassandre catherine cathy cecile celestine celia celina celine chantal charlene charline
charlotte chloe christel christelle christiane christine cindy clara clarisse claudette claudia claudine
clothilde clotilde colette coline coralie corinne cynthia cyrielle danielle delphine denise diane dominique
domitille edith edwige elena eleonore eliane elisabeth elise elodie eloise elsa elya emeline emilie emilienne
emma emmanuelle emy estelle esther eugenie eva eve evelyne fabienne fanny faustine felicie flavie florine
francine francoise frederique gabrielle gaelle garance genevieve georgette germaine ghislaine gilberte ginette
gisele guillemette guylaine gwenaelle helene heloise henriette honorine hortense huguette ilona ines irene
irma isabelle jacqueline jade janine jeanine jeanne jeannette jeannine jennifer jessica jocelyne johanna
josephine josette josiane joy judith julia juliana julie julienne juliette justine karen karine kelly kiara
kimberley laetitia lætitia laly lana laura laure laurence laurie laurine lea leana leane lena leonie leonore
leontine letitia lili lilia liliane lilou lily lina line lisa lise lison liv livia loane lola lorena lorie lou
louane louanne louisa louise louna luce lucette lucie lucienne lucile lucille ludivine ludmilla luna lya lyana
lydie lyna lysa madeleine maelia maelle maely maelys maeva magali maissa manel manon marceline marcelle
margaux margot marianne marie marielle marilou marilyne marion marjorie marlene marthe martine maryam maryline
maryse mathilde maud mauricette maya maylis melanie melina meline melissa mia michele micheline mila mireille
monique morgane muriel murielle mya mylene myriam nadege nadia nadine naelle naomi nathalie nathaly nelly
nicole nicolle nina ninon noelle noemie nour oceane odette odile olivia olympe ombeline ondine ophelie oriane
pamela pascale patricia paule paulette pauline peggy penelope perrine philippine philomene pia priscilla
rachel rania raphaelle raymonde regine renee rolande romane romy rosalie roseline rosine sabine sabrina salma
salome sana sandra sandrine sandy sarah selena servane severine sidonie simone sixtine solange solene soline
sonia sophia sophie stella stephanie suzanne suzette suzie sylvaine sylviane sylvie syrine tatiana tess thais
thea therese tiffany tiphaine valentine valerie vanessa vanina veronique victorine violaine virginie viviane
wendy yasmine yolande yolene yvette yvonne zelie zoe
`;

/** Breton, Corsican, Occitan, Catalan, Basque, Alsatian, Provençal and overseas given names. */
const REGIONAL = `
aela ainhoa aitor alois aloyse amaia anaig ander andoni arantxa armel arzhel asier aziliz benat bleuenn
brendan briac brieuc catalina edurne ekaitz ellande eneko enola enora erwan erwann erwin ewan fridolin frieda
garazi gorka goulven guilhem gurvan gweltaz gwen gwenael gwendoline gwenn gwenola gwladys ibai idoia iker
inaki irati itziar izaro jakez joan jon jordi josu julen katell kattalin klervi koldo leire lenaic lisandru
liselotte maddi maela maewenn maialen maite maiwenn manex marlyse mikel miren nahia naia nerea neven nolwenn
oihana olatz orsu paol pasquale peio petru ramuntxo rosemonde rozenn santu soazig solenn tangi tifenn tugdual
unai urko uxue xabi xabier yannig youenn
`;

/** Maghreb and Arabic given names, with their usual French transcriptions. */
const MAGHREB_ARABIC = `
abdallah abdel abdelaali abdelali abdelaziz abdelghani abdelhadi abdelhak abdelhakim abdelhamid abdelilah
abdeljalil abdelkader abdelkarim abdelkrim abdellah abdellatif abdelmajid abdelmalek abdelmoumen abdelouahab
abdelwahab abdennour abderazak abderrahim abderrahmane abderrazak abdessamad abdou abdoul abdul abdullah adel
adil adnan ahcene ahmad ahmed aicha aisha aissa akli akram ali amal amar amel amin amina amine amir amira
amokrane anissa anouar anwar arezki asma assia aya ayman ayoub aziz azzedine bachir badia badr basma belkacem
besma bilal bilel boualem boubekeur boumediene brahim chabane chafik chahrazed chaima chaker chakib chakir
chawki chems cherif dalia dalila djamal djamel djamila djemila djilali dounia dyhia fadila faical faisal faiza
faouzi farah fares farid farida faris farouk fathi fatiha fatima fatma fawzi faycal fayssal fella feriel fethi
fodil fouad fouzia ghani ghania ghizlane habib habiba hacene hachemi hadj hafedh hafid hafida hafsa hajar
hakim hakima halima hamdi hamid hamou hamza hanan hanane hassan hassane hassina hatem hayat hayet hedi hiba
hicham hichem hilal hind hocine houari houcine houda houria houssem hussain hussein ibrahim ibtissam idris
idriss ikram ilham ilias ilyas imad iman imane imed insaf ismail issam jalal jamal jamel jamila jaouad jawad
kaddour kader kahina kamal kamel kamil kaouther karim karima kenza khadidja khadija khaled khalid khalil
khedidja kheira lahcen lahoucine laila lakhdar lamia lamine lamya larbi latifa layla leila lobna lotfi loubna
lounes lyes lynda madjid mahdi mahmoud majid malak malik malika mansour maroua marouane marwa marwan mehdi
meriam meriem meryem messaoud messaouda meziane mhamed mohamad mohamed mohammad mohammed mohand mohcine mohsen
mokhtar mokrane moncef mongi mostafa mouhamad mouhamed mouloud mounir mourad moussa moustafa muhammad muhammed
mustafa mustapha nabil nabila nacer nacera nacim nadir nadira nadjet nadjia nadjib naima najib nasreddine
nasser nassim nassima nawel nazim nedjma nesma nesrine nizar nora nordine noura nourdine noureddine nouria
nourredine okba omar othmane otmane ouali ouarda ouiza ourida oussama rabah rabia rabie rachad rachid rachida
rachide radia rafaa rafik rahma rami ramzi reda redouane riad rida ridha rim rima riyad ryad ryma saad saadi
sabah saber sabiha sabri saddek sadek safa safae safia sahbi said saida sakina salah salaheddine salem saliha
salim salima sami samia samir samira samra samy sanaa saoussen sarra sawsen seif seifeddine selim selma siham
sihem sirine sliman slimane smail sofian sofiane soraya souad soufiane souhila soumaya taha tahar taos taoufik
tarek tarik tariq tassadit tayeb thiziri tinhinane toufik wafa wahiba wahid wajdi walid warda wassila wassim
yacin yacine yahia yahya yamina yamna yasmina yasser yassine yazid youcef yousef yousra youssef yusuf zahia
zahira zahra zakari zakaria zakariya zakia zeinab ziad zied zina zine zineb zinedine zohra zoubida zoubir
zouhair zouheir zoulikha
`;

/** West, Central and East African and Malagasy given names. */
const AFRICAN = `
abdi abdiaziz abdirahman abdoulaye aboubacar aboubakar adama adja adjoua affoua ahou aissata aissatou akissi
alassane alem aliou alioune alpha ama amadou amaka amenan aminata assa assane astou awa ayaan babacar bakary
bamba berhane bineta binta bintou blandine boubacar cedrick cheick chidi chinedu chinwe chioma coumba daouda
dawit deborah demba dieynaba djibril dorcas dramane elhadji emeka emmanuella fadumo fanta fara fatou fatoumata
femi fode glody gracia hadja haile haja hamidou harouna hawa hibo hodan ibrahima idrissa issa jonas kadiatou
kadidia kalidou kandia karamoko khady koffi kofi kouadio kouame kouassi kwame ladan landry lassana lova
mahamadou maimouna malick mamadou mame mamoudou mamy mariam mariama mariame modibo modou mohamud moustapha
nafissatou ndeye nene ngone ngozi nneka obinna ornela ornella oumar oumou ousmane ousseynou penda plamedi
prisca priscille ramatoulaye rebecca rokhaya rokia sadio safiatou salif samba sekou selam seydina seydou
seynabou sidiki sidy sokhna sory souleymane tiana tidiane tiemoko tunde uche ulrich yacouba yao yohannes yonas
youssouf
`;

/** Portuguese and Brazilian given names. */
const PORTUGUESE = `
abilio adelino adriano agostinho alcides alvaro alzira amalia ana anibal antonio arlindo armando armindo artur
augusto aurora beatriz belmiro benedita bernardo bianca camila carla carlos catarina celso clementina
conceicao cristiano cristina custodio daniela deolinda diogo domingos duarte dulce eduardo elisa emanuel
emilia ermelinda ernesto eugenia fabio fausto felipe fernanda fernando filipe filomena florbela francisco
gabriela gaspar gil gilberto gloria goncalo graca guilherme gustavo helder helena henrique horacio idalina
ilda inacio isabel ivone jacinto jaime joana joao joaquim joaquina jorge jose julio larissa leonardo leonor
leopoldina leticia lino luciana lucilia lucinda luis luisa lurdes madalena manuela marcelo marcia marco
margarida maria mariana mario marta matheus mauricio miguel natalia nelson nuno octavio odete olga orlando
osvaldo palmira paula paulo pedro priscila raquel renato ricardo rita rodrigo rogerio rolando romeu rosa
rosalina rosangela rosario rui sara sergio silvia silvio susana tania telma teresa thiago tito tomas valdemar
valter vanda vasco vinicius vitor vitoria zelia
`;

/** Spanish and Latin American given names. */
const SPANISH = `
adolfo adrian agustin aitana alba alberto alejandro alfonso alicia almudena amparo anabel andres angel angela
angeles anselmo antonia araceli baltasar begona benito blanca brayan carmelo carmen casimiro celestino
concepcion consuelo cristian cristobal dario dayana diego dolores domingo edwin eloy elvira emiliano emilio
encarnacion enrique esperanza estefania eugenio eusebio ezequiel fabian faustino federico fermin francisca
gerardo gonzalo gregorio guadalupe guillermo hernan ignacio inmaculada javier jeronimo jesusa jimena joaquin
johana josefa josefina juan juana lazaro lidia lisbeth lucia luz macarena manolo marcelino marcos margarita
mariano maribel marina marisela marisol mateo maximo mayra mercedita milagros moises montse montserrat nieves
noelia nuria paco paloma patricio pepita pilar ramiro ramon raul rigoberto roberto rocio rogelio rosalia
soledad teodoro ursula valentina veronica vicente victoria virginia wilson ximena yadira yesenia yolanda
`;

/** Italian given names. */
const ITALIAN = `
agata agostino aldo alessandra alessandro alfredo amedeo andrea angelo annunziata antonella arianna arturo
assunta aurelio benedetta bruna carlo carmela carmine caterina cesare chiara claudio concetta corrado cosimo
costanza daniele dante davide dino domenico donatella edoardo elisabetta emanuela emanuele ennio enrico ettore
ezio fabrizio federica filippo fiorella flavio franca francesca francesco gabriele gaetano gemma gennaro
giacinto giacomo giampiero giancarlo gianfranco gianluca gianluigi gianmarco gianni gina gino giorgia giorgio
giovanna giovanni giulia giuliana giuliano giulio giuseppe giuseppina graziano graziella guglielmo guido ida
ignazio ilaria immacolata italo lia liliana loredana luca luciano lucio lucrezia ludovica luigi maddalena
mafalda marcella marcello margherita mariangela mariella marisa marzia massimiliano massimo mattia maurizio
mauro michela mirella mirko monica nicola nicoletta noemi nunzia orazio oreste ottavio paola paolo patrizia
piera pierluigi piero pierpaolo pietro pio raffaele raffaella raimondo remo renata renzo rina rino roberta
rocco romolo rosalba rosanna rosaria rosetta rosina rossana rossella salvatore santo saverio sebastiano serena
silvana silvano simona stefania stefano tiziana tommaso tonino tullio ugo umberto valerio vincenza vincenzo
vito vittoria vittorio walter
`;

/** Turkish and Kurdish given names (with ı both ways). */
const TURKISH_KURDISH = `
abdulkadir abdurrahman ahmet alaattin asli aslı aydin aydın ayhan aylin aynur ayse aysel aysun ayten azad
bahattin baran baris barıs batuhan bayram bekir berfin berivan berk berna bewar birgul bulent burak burcu
busra cafer can canan caner cansu celal cem cemal cengiz cigdem cihan cuneyt damla deniz derya didem dilan
dilara dilek diyar dogan dursun duygu ebru ece ekrem ela elif emel emin emine emre enver ercan erdal erdem
erdogan eren ergun erhan erkan erol ersin ertan ertugrul esin esma esra evin faruk fatih ferhat feride fevzi
fikret filiz firat fırat galip gamze gizem gokhan gul gulay gulizar gulsen gurkan hacer hakan halil halit
handan hande hanife harun hatice havva hawre helin hevin hidayet hikmet hozan hulusi hulya huseyin husnu ihsan
ilhan ilknur ipek irem irfan isa jiyan kaan kadir kawa kazim kemal kenan kerem kiymet kıymet koray kubra
kursat levent leyla lutfi mahmut mehmet melek melike meltem mert merve mesut metin mithat muammer muhammet
muharrem murat musa nazan nazmi necati necip necmettin nermin neslihan nesrin nevzat newroz nihal nihat nilay
nur nuran nuray nurcan nurettin nuri oguz okan oktay omer onur orhan osman oya ozan ozcan ozge ozgur ozkan
ozlem pelin pinar pınar ramazan recep refik rezan rifat rıfat rojda rojin ronahi sabahattin sadik sahin salih
savas seda sedat sefa selahattin selin semih semra sena serap sercan serdar serhat serkan sevda sevgi sevil
sevim seyit sezgin sherwan shirin sibel sinan sinem songul soran suat sukru sule suleyman tahir tahsin talat
tamer taner tara tarkan tayfun tekin tolga tugba tulay tulin tuncay tuncer turgut ufuk ugur ulas ulku umut
vedat veli volkan welat yakup yalcin yasar yasemin yasin yavuz yeter yildirim yildiz yilmaz yıldırım yıldız
yılmaz yuksel yunus zafer zana zehra zekeriya zeki zelal zeynel zeynep zilan zubeyir zuhal
`;

/** Slavic, Balkan, Albanian, Hungarian and Baltic given names (with ł, đ both ways). */
const SLAVIC_BALTIC_HUNGARIAN = `
adis adriana agim agnieszka agron aida ajla albana aleksandar aleksander aleksandr aleksandra aleksei alena
alexei alexey alicja alina almir altin amela amelia amra anastasia anatoli anatoly andrei andrey andriy
andrzej anton antoni arben arber ardian arian arjan armin arta artan artem artyom astrit attila azra bajram
balazs bartosz beata bekim besa besnik biljana blanka blerim blerta bogdan bohdan bohumil bojan boyan bozena
branka branko bronislaw bronisław bujar burim czeslaw czesław dagmar damir danuta daria darius dariusz darko
darya dawid dejan desislava dimitar djordje dmitri dmitry dmytro dorđe đorđe dorota dragan dragana drita
dritan driton dusan edin edina edyta ekaterina elma elvir elzbieta emina endrit enes erion ermal ermira
erzsebet eszter evgeni evgeny ewa fatmir fatos fedor ferenc filip fiodor fisnik flamur franciszek frantisek
gabor galina gennadi gennady gentian georgi gergana gezim gleb goran gordana grazyna grigori grzegorz gyorgy
halina halyna hana hanna haris henryk hristo hysni igor ilir ilya imre inna ioulia iouri irena irina iryna
istvan ivan ivana ivaylo iveta ivica ivo iwona jacek jadwiga jakub jan jana janina janos jarmila jaroslav
jaroslaw jarosław jasmina jelena jerzy jiri jitka joanna jolanta josef josip jovan jozef jozsef judit justyna
kacper kamila karel karol karolina kasia kastriot katalin katarina katarzyna katerina kateryna katia katya
kazimierz kiril kirill klodian konstantin krasimir krisztina krystian krystyna krzysztof ksenia kuba kujtim
ladislav lajos laszlo lech lejla lenka leonid leszek libor lindita lioudmila ljiljana lubomir ludmila ludwik
lukasz łukasz lulzim lyubomir lyudmila maciej magdalena maja maksim malgorzata małgorzata marcin marek marija
mariusz mariya marketa marko marzena masha mateusz maxim merima michal michał mieczyslaw mieczysław mihail
mihaly mikhail milena milos mimoza mirela mirjana miroslav miroslaw mirosław mirza mladen monika mykhailo
mykola nadejda nadezhda naim nataliya natalya natasa natasha nazar nebojsa nenad nevena nikita nikola nikolai
nikolay oksana oleg oleksandr oleksii olena olha oliwia ondrej oskar ostap patryk pavel pawel paweł peter petr
petra petrit petro petya piotr plamen polina predrag przemyslaw przemysław pyotr radek radoslaw radosław
radovan rafal rafał raisa ratko rexhep rositsa rumen ruslan ruslana ryszard sandor sanja sasa sead semyon
senad sergei sergey serhiy shkelqim slawomir sławomir slobodan snezana sofiya srdjan stanislav stanislaw
stanisław stefan stepan stjepan stoyan svetlana svitlana sylwia szymon tadeusz tamara tamas tanja taras
tatyana tetiana teuta tibor todor tomasz tomislav tsvetan urszula vaclav vadim valbona valeri valon vasil
vasili vasily vassili vasyl vera veronika veselin vesna viktor vitali vitaly vladimir vladislav vlasta vojtech
volodymyr vuk vyacheslav vytautas waldemar wanda weronika wieslaw wiesław wiktor wiktoria wioletta witold
wladyslaw władysław wojciech wojtek xhevdet yana yaroslav yekaterina yelena yevgeny yordan youri yulia yuri
yurii zbigniew zdenek zdzislaw zdzisław zeljko zenon zinaida zlatko zofia zoltan zoran zorica zoya zsuzsanna
zuzana zuzanna zvonimir zygmunt
`;

/** Romanian given names. */
const ROMANIAN = `
adina alexandru alin anca andreea aurel aurelia camelia catalin cezar claudiu cornel cornelia cosmin costel
daciana dan dana diana doina dorin dorina dragos dumitru emil eugen florentina florica florin gelu georgeta
georgiana gheorghe horia ileana ilie ioana ionel ionela ionut iosif iulia iulian larisa laurentiu lavinia
liviu lucian lucretia luminita madalina marcela marian marioara mihaela mihai mircea nelu nicolae nicoleta
oana octavian otilia ovidiu petrica petronela radu raluca ramona razvan rodica roxana sanda silviu sorin
sorina stela teodora titus traian tudor valeriu vasile violeta viorel viorica virgil vlad
`;

/** Greek, Armenian, Georgian, Chechen and Central Asian given names. */
const GREEK_ARMENIAN_CAUCASUS = `
aikaterini akhmed alexandros aliya aminat anahit anastasios andreas angeliki angelos ani antonios anush
apostolos apti aram armen armine arsen ashot aslan aslanbek athanasios athina azamat aziza charalambos
christina christos constantinos davit despina dimitra dimitrios dimitris dinara efstathios eirini eleni
emmanouil evangelia evangelos evi fotini gagik gayane georgia georgios giannis giorgi giorgos gohar gulnara
hakob haralambos hasmik hayk hovhannes ibragim ioanna ioannis irakli jamshid kalliope karapet ketevan khasan
kheda konstantina konstantinos kostas kyriaki kyriakos lambros lasha leonidas levan levon lilit luiza madina
magomed manolis marat marios michalis milana narek nikolaos nikos nodar nurlan otar panagiota panagiotis
paraskevi pavlos petros ramzan rustam sarkis shamil shota sotiris spyridon spyros stavros stavroula stefanos
stelios stylianos tamar tamaz tengiz thanasis theodora theodoros tigran timur vahe vakhtang vardan vartan
vasileios vasiliki vassilis xenia yannis yorgos zaira zara zarema zarina zaur zelimkhan zurab
`;

/** Scandinavian and Finnish given names (with ø both ways). */
const NORDIC = `
anders annika arne arvid asbjorn asbjørn bengt bent birger birgitta bjorn bjørn britt britta camilla dag
dorthe einar eirik elin erik espen finn freya frida gudrun gunnar gustav hakon hanne harald hedda helga helge
henrik hilde inge ingeborg ingrid ingvar jens jesper jorgen jørgen juha jukka kari karin kasper kirsten kjell
knut kristin lars leif lene linnea magnus margit marit matti mikkel mikko minna morten nils olaf olav ole
pekka pernille poul ragnar ragnhild randi rasmus rolf rune sari sigrid sigurd siri solveig soren søren steen
sten stig svein sven thor timo tine torben torbjorn torbjørn tore torsten tove ulf ulla ulrik ulrika viggo
`;

/** German, Austrian, Swiss, Dutch and Flemish given names. */
const GERMAN_DUTCH = `
adolf albrecht anja anke ann annegret anneke annelies anneliese annemarie annette arjen barbel bart beat
benedikt bernd bernhard bert bettina birgit bram christa christoph daan dennis detlef dieter dirk dominik
doris dries egon eline elke els emily erich erika ernst evert ewald femke frans franziska friederike friedrich
fritz geert georg gerd gerhard gerrit gert gertrud gisela gottfried gregor gretel gunter gunther guus hannah
hannes hans hartmut hedwig heidi heike heiko heinrich heinz helmut hendrik henk herbert herman hermann
hildegard holger horst ilse jaap jakob jannik jannis jelle jeroen jesse jochen johannes joost jorg joris
jozefien jurgen jutta karlheinz katharina kathrin katrin kees klaus koen konrad kristof kurt lara levi
lieselotte lieven lothar lotte lutz maarten magda manfred margarete marieke marlies martina matthias
maximilian mirjam moritz nele nico niels niklas ottmar otto philipp pieter rainer ralf regina regula reinhard
reinhold renate reto rik roel rudi rudiger rudolf rupert ruth ruud sander sanne sascha saskia sepp siegfried
sieglinde sigmund silke sofie stefaan stefanie steffen stijn susanne tessa thorsten till tilman tim tobias tom
toni ulrike urs uta ute uwe veerle volker werner wilhelm willem wim winfried wolfgang wolfram wouter xaver
`;

/** English, Irish, Scottish and American given names. */
const ENGLISH_IRISH_SCOTTISH = `
abigail aidan aiden aisling alasdair alexander alfie alison alistair amanda amber amy andrew andy angus aoife
archie ashley barry ben beth blake bob bobby brad bradley brenda brian bridget brigid bryan caitlin callum
calvin cameron candice carl carol chelsea chris ciaran cody connor conor cormac courtney craig crystal curtis
daisy dale danny darren dave dean debbie declan deirdre derek dermot donald donna dorothy douglas duncan
dustin eamon eamonn edward eileen elaine eleanor elizabeth ella ellie eoin euan evelyn fergus fiona frank
fraser gareth gary gavin geoffrey george gillian gordon graham grainne hamish harry harvey hayley heather
helen henry holly howard hugh iain ian isla jack jackie jacob jake james jamie jane janet janice jasmine jason
jeff jeffrey jenna jenny jerry jill jim joanne joe john josh joyce kate katherine kathleen kathryn katie keith
ken kenneth kerry kieran kim kimberly kirk kirsty kyle lachlan larry lauren lee leslie lindsay liz lloyd logan
lucy luke lynn maeve maggie mairead malcolm margaret martyn marvin mary matt matthew megan michael michelle
mike moira molly natalie neil niall niamh nicholas nick nigel norman oisin orla owen padraig paige philip
phillip ralph ray roisin ronald rory ross roy royce ruby russell ryan sally sam samantha saoirse scott seamus
sean shane sharon sheila shirley shona sinead siobhan stacey stanley steven stewart stuart susan taylor terry
timothy tina toby travis trevor tyler una wayne
`;

/** Indian, Pakistani, Bangladeshi, Sri Lankan, Afghan and Iranian given names. */
const SOUTH_ASIAN_IRANIAN = `
aamir aarav ahsan ajay akash amit anil anita anjali ankit arash arjun arun aryan ashok asif atif ayan ayesha
azadeh babak bahar bahram behrouz bijan cyrus deepa deepak divya ehsan elham farhad farhan fariba farnaz
farshid fatemeh ganesh geeta gita golnar gurpreet habibullah harpreet hekmatullah hina hossein imran indira
jahangir jaspreet javed junaid kamran kannan karan kaveh kavita kiran kourosh krishna kumaran lakshmi laleh
mahsa manoj manpreet meena mehran mehrdad mina mitra mohan morteza nabeel nadeem najibullah nasir nasrin
naveed nazanin neda negar neha nikhil niloufar nima nirmala nisha noor omid parisa parviz payam pegah pooja
pradeep prakash priya rafiq rahim rahmatullah rahul raj rajan rajesh rakesh rekha reza rizwan rohan rohit roya
sachin sadia saeed saima salman saman sameer samiullah sandeep sanjay selvi shadi shafiq shahid shahram shakil
shamim sharmila shayan shazia shiva shoaib shreya siavash sima simran sita sivakumar sohail soheila sunil
sunita suresh tanvir tharsan thileepan uma umar usman vahid vijay vikram vishal vivek waqas waseem wasim yasir
yasmin yassar zain zainab zeeshan zubair
`;

/** Vietnamese, Chinese (pinyin), Japanese and Cambodian given names. */
const EAST_ASIAN = `
aiko akiko akira anh bao bin bing binh bopha chanthy chao chau cheng chun cuong dara diep dung duy emi fang
fei feng giang haiyan hang hanh hao haruka haruki hien hieu hiroshi hoa hoai hoang hong hua hung huong huy
huyen jia jian jie jin jing jun kai kaori keiko khang khanh khoa kieu lan lei lihua ling linh liping mariko
mei ming minh nam naoko nga ngoc nhung ning oanh peng phalla phong phuc phuong ping qian qiang qing quan quang
quynh rithy sakura shan sokha sophal sophea takeshi tam thanh thao thi thinh thu thuy tian ting toan trang
trinh trung tuan tung tuyet uyen vanna viet vinh vy wei wen xia xiang xiao xiaoli xiaoming xiaoyan xin xuan
xue yan ying yoko yong yuki yuko yumi yun zhen
`;

/** Hebrew given names. */
const HEBREW = `
amos ariel asher avi avishai avraham chaim dina dvora eli elisha eyal ezra gideon hadas haim ilan ilana itzhak
leah liora meir miriam mordechai moshe nahum ofir oren rivka shimon shira shlomo shoshana uri yaakov yael
yehoshua yehuda yitzhak yoav yonatan yosef yossi
`;

/**
 * Given names that are also ordinary French words (claire, rose, pierre, juste, lien, ville),
 * currencies (yen, yuan), foreign words common in French texts (will, may, primo, ante) or places
 * (lorraine, nancy, aude, pau, milan, sofia): the recognizer must not take one of them for a person
 * when it stands alone. Months, days and words that are not also real given names are left out of
 * the lexicon altogether (avril, juin, lundi, france, paris, loi, cour, saint, dame...).
 */
const AMBIGUOUS = `
aime aimee alla amer ange anis ante antony aude aurore bas bienvenu bijou bill blanche capucine celeste chad
cheikh clair claire clemence clement clemente clementine colombe constance constant desire desiree divine dong
duc edit eglantine emir engin esperance espoir exauce felicite fidele fiston fleur florence fortune franco
germain gloire grace grant hai harmonie hermine honore hui innocent ion iris islam israel jacinthe jasmin
jesus jette june junior juste leger lien lilas long lorraine loup lourdes lys malin malte manuel marguerite
marin marine martial mats max may melodie mentor mercedes merveille mette milan min modeste nancy natale noel
olive orly pape parfait patience pau per perle pierre placide primo prosper prudence prune ravi reine romain
roman rose salvador santiago signe sofia son sultan sydney tien toussaint tresor tri tuba urbain van victoire
ville viola violette vital will yen yuan
`;

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Given names that are also common words or places; every one is in FIRST_NAMES too. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(words(AMBIGUOUS));

/** Given names, folded (`fold("Élodie")` is `"elodie"`, `fold("Bjørn")` is `"bjørn"`). */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...[
    FRENCH_MALE,
    FRENCH_FEMALE,
    REGIONAL,
    MAGHREB_ARABIC,
    AFRICAN,
    PORTUGUESE,
    SPANISH,
    ITALIAN,
    TURKISH_KURDISH,
    SLAVIC_BALTIC_HUNGARIAN,
    ROMANIAN,
    GREEK_ARMENIAN_CAUCASUS,
    NORDIC,
    GERMAN_DUTCH,
    ENGLISH_IRISH_SCOTTISH,
    SOUTH_ASIAN_IRANIAN,
    EAST_ASIAN,
    HEBREW,
  ].flatMap(words),
  ...AMBIGUOUS_FIRST_NAMES,
]);

/** Whether a folded word is a given name, a compound's parts each one (`jean-pierre`). */
export function isCompoundGivenName(folded: string): boolean {
  return folded.split("-").every((part) => FIRST_NAMES.has(part));
}
