"""The extractors on documents written apart from them: scores stay above a floor.

`tests/fixtures/heldout` (twelve documents; rules were written from what the extractors missed there) and
`tests/fixtures/heldout2` (six more, kept apart: scored before rules were written from them) and
`tests/fixtures/heldout3` and `tests/fixtures/heldout4` (four each, with questions for `kg ask`) and
`tests/fixtures/heldout5` (four with questions, kept apart), `tests/fixtures/heldout6` (five with questions; rules
written from its misses), `tests/fixtures/heldout7` (four with questions, kept apart), `tests/fixtures/heldout8`
(four with questions; rules written from its misses), `tests/fixtures/heldout9` (four with questions, kept apart),
`tests/fixtures/heldout10` (four with questions; rules written from its misses), `tests/fixtures/heldout11` (four
with questions, kept apart), `tests/fixtures/heldout12` (four with questions; rules written from its misses),
`tests/fixtures/heldout13` and `tests/fixtures/heldout14` (four each with questions; kept apart until session 8,
rules written from their misses since), `tests/fixtures/heldout15`, `tests/fixtures/heldout16` and
`tests/fixtures/heldout17` (four each with questions, kept apart) and `tests/fixtures/heldout18` (five date-heavy
documents with questions; rules written from its misses), `tests/fixtures/heldout19` (five with questions, relations
spread over sentences; rules written from its misses), `tests/fixtures/heldout20` (five of other genres with
questions, kept apart) and `tests/fixtures/heldout21` and `tests/fixtures/heldout22` (five each with questions, of
genres the others lack; rules written from their misses), `tests/fixtures/heldout23` (five dated documents with
questions; rules written from its misses), `tests/fixtures/heldout24` (five news articles with questions, kept
apart), `tests/fixtures/heldout25` (deals newsletter, work report, model review, press release, interview; rules
written from its misses), `tests/fixtures/heldout26` and `tests/fixtures/heldout28` (five pages of other outlets each,
kept apart) and `tests/fixtures/heldout27` (lab profile, press conference, deals roundup, penalty notice, conference
programme; rules written from its misses), `tests/fixtures/heldout29` and `tests/fixtures/heldout31` (report, state
media, tracker, earnings call, newsletter; blog, press release, year in review, interview, filing list; rules written
from their misses) and `tests/fixtures/heldout30` and `tests/fixtures/heldout32` (five each of other genres, kept
apart), `tests/fixtures/heldout33` (wire story, milestones page, provincial release, talent long-read, briefs; rules
written from its misses) and `tests/fixtures/heldout34` (listing feature, guideline summary, model explainer,
conference report, court ruling; kept apart), `tests/fixtures/heldout35` (portfolio page, standard commentary, podcast
page, city subsidy notice, launch live blog; kept apart) and `tests/fixtures/heldout37` (regulator Q&A, translated
press release, policy tracker, model column, awards list; kept apart), `tests/fixtures/heldout38` (start-up feature,
university release, enforcement notice, newsletter digest, expo report; kept apart), `tests/fixtures/heldout39` (listing
summary, press-conference transcript, tool review, joint-venture wire, chip-supply brief; rules written from its
misses), `tests/fixtures/heldout40` (company encyclopedia article, pilot-project notice, summit agenda, lab
interview, vendor-share note; kept apart), `tests/fixtures/heldout41` (state-media story, model card, funding newsletter, court note, podcast page; kept
apart), `tests/fixtures/heldout42` (think-tank compute excerpt, IPO story, university model release, filing list, expo
live blog; kept apart), `tests/fixtures/heldout43` (export-control wire, earnings call, people moves, tender notice,
benchmark explainer; kept apart), `tests/fixtures/heldout44` (start-up profile, law-firm alert, lab news page, city
services story, phone roundup; kept apart), `tests/fixtures/heldout45` (price-war story, standard announcement,
conference report, results release, model timeline; kept apart), `tests/fixtures/heldout46` (overseas data-centre
wire, provincial work report, founder interview, STAR prospectus, weekly digest; kept apart), `tests/fixtures/heldout47`
(enforcement story, joint-lab release, car launch, institute encyclopedia page, leaderboard news; kept apart),
`tests/fixtures/heldout48` (translated ministry notice, trade-fair roundup, people moves, hospital AI, school AI; kept
apart), `tests/fixtures/heldout49` (chip-procurement scoop, city voucher release, model blog post, VC portfolio letter,
regulator explainer; kept apart), `tests/fixtures/heldout50` (Hong Kong IPO story, alliance newsletter, coding-assistant
comparison, court report, robotics roundup; kept apart), `tests/fixtures/heldout51` (open-weight newsletter, filing-batch
notice, phone-launch live blog, milestones page, podcast notes; kept apart), `tests/fixtures/heldout52` (education
guidance, API price cut, exchange filing, sports broadcast, games; kept apart), `tests/fixtures/heldout53` (dual-use
brief, agriculture feature, financial regulator, model-family encyclopedia page, weekly digest; kept apart),
`tests/fixtures/heldout54` (e-commerce tools, labelling rules, memory chips, robotaxis, lab hiring page; kept apart),
`tests/fixtures/heldout55` (grid companies' models, district e-government, scientist biography, industry fund launch,
video-generator review; kept apart), `tests/fixtures/heldout60` (orbital computing, venture fund letter, court AI assistants, hiring digest, county AI park; kept apart), `tests/fixtures/heldout59` (games characters, chip-smuggling case, hospital models, papers newsletter, weather model; kept apart), `tests/fixtures/heldout56` (telecom operators' models, voice-rights ruling, robotaxi licences, chatbot app ranking, annual-report excerpt; kept apart), `tests/fixtures/heldout58` (AI drug-discovery deals, quant funds' labs, city talent notice, year-in-review timeline, on-device phone models; kept apart), `tests/fixtures/heldout57` (humanoid-robot games, Japan-China deals, brokerage note, AI Plus press conference, model forum thread; kept apart), `tests/fixtures/heldout61` (ports and shipping, a congressional committee report, a university AI institute, a model-API market ranking, mining groups; kept apart), `tests/fixtures/heldout62` (AI video in film and TV, European data-protection authorities, payment and wealth apps, an obituary, an app-store chart; kept apart), `tests/fixtures/heldout63` (industrial models at appliance makers, AI-server supply chains, an AI-safety statement, AI call centres, a provincial work report; kept apart), `tests/fixtures/heldout65` (drone and eVTOL makers, an editor's correction, data-annotation bases, insurers' AI, a founder's long post; kept apart), `tests/fixtures/heldout64` (consumer robots, Southeast Asia expansion, a state guidance fund, a cloud keynote recap, a law firm's AI-law Q&A; kept apart), `tests/fixtures/heldout66` (gaming NPCs, a city hotline notice, a patent report, digital-human hosts, a summit panel transcript; kept apart), `tests/fixtures/heldout67` (logistics, a threat-intelligence blog, airlines and airports, tutoring devices, a wiki-style lab article; kept apart), `tests/fixtures/heldout70` (AI music, AI pharmacists, an alumni profile, an automaker's press release, a deepfake scandal; kept apart), `tests/fixtures/heldout69` (AI trip planners, a smart-city operations centre, a book review, shipbuilding and steel, a regulator's list of registered services; kept apart), `tests/fixtures/heldout68` (railways, AI news anchors, EDA and lithography under export controls, museums, a hackathon results page; kept apart), `tests/fixtures/heldout73` (coding assistants, a city AI fund, a news-portal page on a humanoid maker, a regulator's Q&A, a developer-festival recap; scored on arrival, then tuned on), `tests/fixtures/heldout71` (an open-weight model release, a funding round, a numbered policy tracker, a think-tank chip report, a cloud vendor's partnership release; scored on arrival, then tuned on), `tests/fixtures/heldout72` (a weekly newsletter, an Entity List update, a founder profile, a ministry press conference, a markets story; scored on arrival, then tuned on), `tests/fixtures/heldout75` (a phone assistant adding models, an acquisition, start-ups going abroad, a computing hub, an op-ed on AI safety; scored on arrival, then tuned on), `tests/fixtures/heldout74` (a model-API price war, a tech giant's AI reorganisation, a research institute's annual report, a lawsuit between AI firms, an explainer on governance bodies; scored on arrival, then tuned on), `tests/fixtures/heldout79` (a video-model release, financial regulators' AI guidance, a robotics start-up profile, a boilerplate-heavy chatbot page, a pilot-zone announcement; scored on arrival, then tuned on), `tests/fixtures/heldout76` (an AI chip launch, a provincial subsidy policy, a model-family history, an office-abroad press release, a weekly funding roundup; scored on arrival, then tuned on), `tests/fixtures/heldout77` (an AI shopping assistant, a pipe-table policy tracker, a university spin-off launch, a US action against an AI app, an open-source release blog with a changelog; scored on arrival, then tuned on), `tests/fixtures/heldout78` (a carmaker's in-house chip and driving model, a think-tank brief on the computing network, an IPO filing, a keynote summary, a court ruling on AI content; scored on arrival, then tuned on), `tests/fixtures/heldout80` (telecom operators' models, a university-company joint lab, a start-up's layoffs and reorganisation, firms adopting open models, a ministry press-conference transcript; scored on arrival, then tuned on), `tests/fixtures/heldout81` (reasoning-model launch with benchmark claims, internet-regulator campaign on AI misuse, phone maker's on-device models, unicorn funding feature, scraped tech newsletter; scored on arrival, then tuned on), `tests/fixtures/heldout82` (AI firm and state-owned enterprise partnership, one-line policy tracker entries with issuers in brackets, US export-control update and the Chinese response, AI scientist profile, city AI conference; scored on arrival, then tuned on), `tests/fixtures/heldout84` (humanoid-robot makers at a trade show, provincial data-labelling base policy, foreign ban on a Chinese model, start-up founder interview, bank deploying large models; scored on arrival, then tuned on), `tests/fixtures/heldout83` (coding assistants, an AI firm fined and sued, an earnings-call summary, Singapore government AI programmes, a university paper release; scored on arrival, then tuned on), `tests/fixtures/heldout85` (an AI firm's Gulf expansion, a State Council opinion and the ministries tasked, a robotaxi city launch, a chatbot app review, an About-us page with a milestones timeline; scored on arrival, then tuned on), `tests/fixtures/heldout86` (a model topping a leaderboard, a China-Brazil data agreement, AI medical-device approvals, a chip unit's spin-off, a wire story with a correction note; scored on arrival, then tuned on), `tests/fixtures/heldout87` (agents and agent platforms, a provincial computing-voucher programme, a US state bill against a Chinese AI firm, a lab's alumni founders, a weekly brief of model releases; scored on arrival, then tuned on), `tests/fixtures/heldout88` (a carmaker's deal with a model developer, a standards-committee notice, an executive change at a start-up, universities' AI colleges with company partners, a Western analyst's post on open models; scored on arrival, then tuned on), `tests/fixtures/heldout92` (an AI firm's Hong Kong IPO debut, a ministry's rules for minors and generative AI, a chip start-up's new GPU, a scholar's column on AI governance, a chatbot comparison table; scored on arrival, then tuned on), `tests/fixtures/heldout89` (a cloud price cut for model APIs, a national AI security standard taking effect, an EV maker's driver-assistance rollout, a venture firm's AI portfolio, a live blog of a launch event; scored on arrival, then tuned on), `tests/fixtures/heldout90` (a star researcher hired from a US company, cities' AI public services, a Dutch chip-equipment rule, a Chinese model hub, a Q&A explainer on a law; scored on arrival, then tuned on), `tests/fixtures/heldout91` (a merger of two AI start-ups, a ministry's AI admissions expansion, an AI model in scientific research, a developer festival, a regional paper on a county AI park; scored on arrival, then tuned on), `tests/fixtures/heldout93` (an AI firm's deal with a foreign carmaker, public-data rules, an open-source release topping downloads, a chief scientist's profile, a scraped tech-media page; scored on arrival, then tuned on), `tests/fixtures/heldout95` (AI glasses launch, European regulators and a Chinese AI app, a provincial embodied-AI fund, graduate talent programmes, a wire story on a maths benchmark; scored on arrival, then tuned on), `tests/fixtures/heldout96` (hospitals deploying models, a court ruling on model copying, a tech giant's institute abroad, a think-tank brief on AI standards, a start-up database profile page; scored on arrival, then tuned on), `tests/fixtures/heldout94` (a compute shortage and chip stockpiles, a court's AI system, an office suite with agents, a model licence explainer with derived models, a vision company's quarterly results; scored on arrival, then tuned on), `tests/fixtures/heldout97` (a video-model launch against Sora, national AI pilot zones, a telecom operator's computing network, a founder stepping back, a university AI chip release; scored on arrival, then tuned on), `tests/fixtures/heldout99` (a Chinese model inside a foreign carmaker's product, a provincial AI+ plan with numbered tasks, a chip designer's STAR listing, an entrepreneur's obituary, a weekly policy newsletter; scored on arrival, then tuned on), `tests/fixtures/heldout98` (Chinese firms at CES, revised deep synthesis rules with a filing batch, an AI firm buying a robotics company, a Q&A with a university AI dean, a forum thread comparing assistants; scored on arrival, then tuned on), `tests/fixtures/heldout100` (Chinese cloud data centres in Southeast Asia, a city's model vouchers, a model family's release with a technical report, a giant's AI reorganisation, a US congressional hearing; scored on arrival, then tuned on), `tests/fixtures/heldout103` (a carmaker's in-car assistant upgrade, labelling rules and a standard taking effect, a model used by foreign developers, a province's data centres and green power, an investor interview; scored on arrival, then tuned on), `tests/fixtures/heldout102` (a model topping an arena leaderboard, a municipal AI innovation centre, chip rules on overseas subsidiaries, a start-up's pivot to applications, a datelined wire digest; scored on arrival, then tuned on), `tests/fixtures/heldout104` (a reasoning model and its API pricing, a national AI fund's investments, a university-company joint institute, AI glasses and PCs on domestic chips, a forum agenda page; scored on arrival, then tuned on), `tests/fixtures/heldout101` (a model powering a bank's customer service, a regulator's list of approved AI services, humanoid deliveries to carmakers, a lab director's profile, a scraped press-release page; scored on arrival, then tuned on), `tests/fixtures/heldout106` (a model on a city hotline, an e-commerce platform's AI tools for merchants, a model licensed to a foreign firm, a national lab's computing centre, a Q&A on draft AI laws; scored on arrival, then tuned on), `tests/fixtures/heldout105` (an AI firm's English app abroad, an ethics committee's guidance, a chipmaker's HBM product, a research team's papers, a wiki infobox and history; scored on arrival, then tuned on), `tests/fixtures/heldout107` (a share placement in Hong Kong, a city's delivery-drone rules, a benchmark leak controversy, a tech giant's chip unit, a funding newsletter with a table; scored on arrival, then tuned on), `tests/fixtures/heldout108` (a firm and a university hospital's medical model, ministries' notice on AI in education and jobs, an open-source agent framework abroad, a co-founder starting a new firm, a city press-conference transcript; scored on arrival, then tuned on), `tests/fixtures/heldout110` (a carmaker's robot unit, national rules on AI in advertising, a benchmark ranking and a rival's rebuttal, compute exchanges, a provincial bulletin of approved AI projects; scored on arrival, then tuned on), `tests/fixtures/heldout109` (a consumer-internet firm's model release, provincial rules on AI evidence, a chip firm's deal with a server maker and a cloud, a researcher back from a US lab, a news-aggregator page; scored on arrival, then tuned on), `tests/fixtures/heldout111` (an AI start-up's deal with a Gulf telecom group, a national standard for AI accelerator cards, an AI search product, layoffs after a funding squeeze, a developer blog comparing coding models; scored on arrival, then tuned on), `tests/fixtures/heldout112` (a city's humanoid-robot games, export bans on rare metals, an in-car model with a chip supplier, a chief scientist interview, a quarterly policy tracker table; scored on arrival, then tuned on), `tests/fixtures/heldout113` (a game studio's model-driven title, a campaign against AI misuse, an open-weight MoE model and its forks, a female founder's profile, a government portal page; scored on arrival, then tuned on), `tests/fixtures/heldout114` (an AI firm's IPO prospectus, a civil-servant AI literacy plan, a phone's on-device model and chip, a university spin-out lab, a list of start-ups to watch; scored on arrival, then tuned on), `tests/fixtures/heldout115` (an AI deal with a state power company, rules on minors and AI companions, a chip export-licence case, a video app's overseas revenue, a conference recap with keynote models; scored on arrival, then tuned on), `tests/fixtures/heldout116` (a weather-forecasting model, a data-labelling base, a coding assistant's enterprise users, a venture firm's new AI fund, a company blog page with a cookie banner; scored on arrival, then tuned on), `tests/fixtures/heldout117` (a logistics firm's dispatch model, health-sector AI guidelines, a multimodal model against a US rival, a CTO's profile, a financial site's stock story page; scored on arrival, then tuned on), `tests/fixtures/heldout120` (a court's model-backed trial platform, a city's drone and air-taxi rules, a university lab distilling a model, an app-ranking battle, a bank partnership press release; scored on arrival, then tuned on), `tests/fixtures/heldout118` (a research centre abroad, rules on showing registration numbers, a humanoid with an in-house model, a firm's revenue and cloud partners, a timeline of open models; scored on arrival, then tuned on), `tests/fixtures/heldout119` (a speech-translation model at a sports event, a province's computing vouchers, a chip start-up's inference card, a founder interview on agents, a tech-blog page comparing video models; scored on arrival, then tuned on), `tests/fixtures/heldout122` (an industrial model in steel furnaces, rules on sending AI training data abroad, a world model built on others, a merger of two start-ups, a forum programme page; scored on arrival, then tuned on), `tests/fixtures/heldout124` (a broker's app running a reasoning model, a city's compute and rent subsidies, a music and speech model release, two robot-dog makers, an investor-relations page; scored on arrival, then tuned on), `tests/fixtures/heldout121` (a home-appliance voice assistant's new model, rules for AI-generated news, a model hub adding models, an investor turned founder, a provincial site's page on an AI park; scored on arrival, then tuned on), `tests/fixtures/heldout123` (a Chinese model in a foreign phone brand, a provincial AI safety evaluation centre, a chip cluster built for a model developer, an international business head's interview, a weekly funding digest; scored on arrival, then tuned on), `tests/fixtures/heldout125` (an airline's planning assistant on a model, a ministry's list of typical AI cases, a reasoning model distilled into small open models, a chip founder's profile, a city investment-promotion page; scored on arrival, then tuned on), `tests/fixtures/heldout126` (a digital-human livestream model, national generative-AI security standards, an in-cabin agent deal with a carmaker, a unicorn's funding round, a who's who of AI regulators; scored on arrival, then tuned on), `tests/fixtures/heldout127` (a hospital deploying a medical model, a provincial AI+ plan with targets, a coding model topping a benchmark, a robotics co-founder interview, a live-updates launch page; scored on arrival, then tuned on), `tests/fixtures/heldout128` (a foreign ministry adopting a Chinese model, a regulator fining a companion app, a tech giant's AI campus and its chips, founders from a famous lab, a model-update press release; scored on arrival, then tuned on), `tests/fixtures/heldout129` (an agri-food model with cooperatives, rules on AI in credit scoring, an embodied-AI foundation model and its robots, a head of research from Google and Meta, a business newspaper page on a listing; scored on arrival, then tuned on), `tests/fixtures/heldout130` (a streaming platform dubbing with a model, a city's innovation voucher winners, a chip tape-out at a foundry, layoffs and a pivot to enterprise, a forum programme with panels; scored on arrival, then tuned on), `tests/fixtures/heldout132` (a bank's app on a model, a data exchange listing training datasets, a protein model from a lab, ex-Huawei founders of an AI-glasses start-up, a company newsroom index page; scored on arrival, then tuned on), `tests/fixtures/heldout131` (a city's traffic platform on a model, draft labelling rules, an open-source agent framework and its forks, a chip investor interview, a weekly newsletter on models; scored on arrival, then tuned on), `tests/fixtures/heldout133` (a port operator's model at its terminals, a national plan for AI in manufacturing with pilot firms, a text-to-video model and its apps, a tech-giant lab director's profile, a state-media page on an expo; scored on arrival, then tuned on), `tests/fixtures/heldout134` (an insurer's claims system on a model, a city's self-driving rules, a small on-device model for phones, a Hong Kong listing debut, a weekly policy digest; scored on arrival, then tuned on), `tests/fixtures/heldout136` (a model deal with a European carmaker, a provincial talent policy, a lab's evaluation platform with a ranking table, a robot maker's factory and suppliers, an About-us page with milestones; scored on arrival, then tuned on), `tests/fixtures/heldout135` (a museum's AI guide on a model, a regulator's deep synthesis filing list, a chip maker's server with a cloud, a founder interview on open models, a forum thread comparing coding assistants; scored on arrival, then tuned on), `tests/fixtures/heldout137` (a grid company's dispatch assistant on a model, rules for minors' use of AI apps, an open-weight MoE model and its variants, a female co-founder's profile, a tech portal's page on an AI chip; scored on arrival, then tuned on), `tests/fixtures/heldout138` (a carrier's customer-service assistant on a model, a province's compute network plan, an image model and a photo-agency deal, a spin-off from a phone maker, an events calendar of AI conferences; scored on arrival, then tuned on), `tests/fixtures/heldout139` (a health app's assistant on a fine-tuned model, a joint campaign against AI rumours, a chip firm adapting a developer's model, a university AI dean's interview, a press-release wire page; scored on arrival, then tuned on), `tests/fixtures/heldout140` (an exam-marking assistant on a model, a city AI fund's first investments, a video-understanding model from a lab, an AI firm's apps abroad, a blog list of models to watch; scored on arrival, then tuned on), `tests/fixtures/heldout141` (a water utility's dispatch assistant on a model, rules on AI in research integrity, an open speech-recognition model and its adopters, a chip firm's STAR Market filing, a business magazine page on an agent app; scored on arrival, then tuned on), `tests/fixtures/heldout142` (a ride-hailing platform's dispatch on a model, provincial rules on public data for AI training, a long-context model with a report, a state-backed fund's investor, a developer-festival live blog; scored on arrival, then tuned on), `tests/fixtures/heldout143` (a retail chain's copilot on a model, a ministries' AI talent plan with pilot universities, a robot-hand launch with customers, a chief scientist's interview, a model's GitHub README; scored on arrival, then tuned on), `tests/fixtures/heldout144` (a city hotline on a model, an Entity List update and China's response, an agent app with partner services, founders from a university lab, a company's key events of the year; scored on arrival, then tuned on), `tests/fixtures/heldout145` (a broadcaster's subtitle system on a model, guidelines for AI ethics review committees, a robot-brain model and its robot partners, a tech giant's quarterly results, a newsletter archive page; scored on arrival, then tuned on), `tests/fixtures/heldout147` (a game's characters on a model, provincial rules on AI in diagnosis, an embedding and reranking model family, a founder back from Silicon Valley, a newsroom page of partner announcements; scored on arrival, then tuned on), `tests/fixtures/heldout148` (an exchange's surveillance system on a model, a joint notice on computing vouchers, open agent models and an app, a city's AI incubator and start-ups, an encyclopedia article on a company; scored on arrival, then tuned on), `tests/fixtures/heldout146` (a customs office's model, a city's embodied-AI plan, a theorem-proving model with a results table, a GPU maker's CEO interview, a Q&A site page; scored on arrival, then tuned on), `tests/fixtures/heldout150` (a metro app's assistant on a model, provincial AI industry regulations, a dubbing and voice-cloning model, a chip firm's chief architect, a trade-show exhibitor list; scored on arrival, then tuned on), `tests/fixtures/heldout151` (a hospital group's records system on a model, a national plan for AI datasets, a small car model with a chip partner, a venture investor on agents, a blog table of model versions; scored on arrival, then tuned on), `tests/fixtures/heldout152` (an airport's assistant on a model, a notice on AI in elderly care, a 3D world-generation model, a rivalry over open models, a provincial press-conference transcript; scored on arrival, then tuned on), `tests/fixtures/heldout149` (an insurer's claims assistant on a model, rules on AI-generated advertising, a robotics dataset and simulator, a listed firm buying a start-up, a tech site's page on an AI phone; scored on arrival, then tuned on), `tests/fixtures/heldout153` (a bank's anti-fraud system on a model, rules on AI in live streaming and games, a speech-to-speech model, a head of products' profile, a newswire page on a chip plant; scored on arrival, then tuned on), `tests/fixtures/heldout154` (a delivery app's assistant on a model, a city's AI healthcare pilot zone, a RISC-V edge chip, an open-source lead's interview, a comparison page of note-taking apps; scored on arrival, then tuned on), `tests/fixtures/heldout155` (a contractor's site system on a model, export-control catalogue changes and reactions, a long-video model and creator platform, losses and state funding, a tribute to a scientist; scored on arrival, then tuned on), `tests/fixtures/heldout156` (a fabric mill's design system on a model, a province's talent housing and grants, a multilingual model for Belt and Road languages, a chatbot firm's pivot to hardware, an earnings-call Q&A; scored on arrival, then tuned on), `tests/fixtures/heldout157` (a travel platform's trip planner on a model, a notice on AI literacy in schools, an open maths reasoning model, a joint venture with a state-owned group, a newsletter sign-up page on agents; scored on arrival, then tuned on), `tests/fixtures/heldout158` (a prosecutor's drafting system on a model, a city's green-power compute measures, a tech giant's AI glasses, a founder who left Baidu, an event recap with a photo gallery; scored on arrival, then tuned on), `tests/fixtures/heldout159` (a refinery's model, guidance on approving AI medical devices, a coding model and its IDE integrations, a CFO on IPO plans, an industry alliance's bulletins; scored on arrival, then tuned on), `tests/fixtures/heldout160` (a car plant's inspection system on a model, a province's AI plus manufacturing plan with chain leaders, an open TTS model topping a leaderboard, a lab's partnership with a foreign university, a careers page; scored on arrival, then tuned on), `tests/fixtures/heldout162` (a hotel chain's assistant on a model, a city's robotaxi remote-safety rules, an open vision-language model family, a photonic-chip founder's interview, a trade association's member news; scored on arrival, then tuned on), `tests/fixtures/heldout164` (a film studio's effects pipeline on a model, rules on autonomous-driving training data, a weather model from a lab, co-founders from a university lab, a company timeline page; scored on arrival, then tuned on), `tests/fixtures/heldout161` (a customs declaration service on a fine-tuned model, rules on AI in degree theses, a GUI agent model, a COO from a bank, an AI daily digest; scored on arrival, then tuned on), `tests/fixtures/heldout163` (a tax hotline's assistant on a model, a safety institute's benchmark results, an AI search engine and its models, a deal with a Gulf sovereign fund, a university news page on a lab's model; scored on arrival, then tuned on), `tests/fixtures/heldout165` (a port terminal's scheduling model, rules on AI in news publishing, a protein model with pharma partners, a co-founder from a quant fund, a finance portal page on an AI IPO; scored on arrival, then tuned on), `tests/fixtures/heldout168` (a grid branch's load-forecasting model, a province's AI-in-agriculture plan, a phone maker's on-device model in its OS, alumni founding rival start-ups, a weekly funding roundup; scored on arrival, then tuned on), `tests/fixtures/heldout166` (a washer-dryer's voice assistant on a model, a city's subsidies for domestic chips, a reasoning model distilled into small models, a robot maker's Hong Kong listing, a forum thread on coding assistants; scored on arrival, then tuned on), `tests/fixtures/heldout167` (a mining group's safety system on a model, national standards for large models, a university lab's legal model, a founder on the price war, a podcast page on GPU makers; scored on arrival, then tuned on), `tests/fixtures/heldout169` (a rail bureau's maintenance assistant on a model, draft rules on AI companions, an omni-modal open model, layoffs and a new CEO, an exchange's filings page; scored on arrival, then tuned on), `tests/fixtures/heldout170` (a bank's wealth advisor on a model, a province's computing hub plan, an open image-editing model in an app, a governance scholar's interview, a conference agenda; scored on arrival, then tuned on), `tests/fixtures/heldout171` (a city patrol system on a model, rules on AI in broker research, a small vision model for robots, a chip founder from a US firm, a week-in-models table; scored on arrival, then tuned on), `tests/fixtures/heldout172` (a seller app's copilot on a model, a transport AI pilot list, an AI coding IDE and rivals, a professor's start-up, an About-us page; scored on arrival, then tuned on) and `tests/fixtures/heldout36` (encyclopedia
page, listing summary, newsletter, university release, carmaker trade press; rules written from its misses). The misses of
heldout20, 24, 26, 34, 35 and 37 were read in session 13 (policy titles, date shapes): they are kept apart no longer;
one sentence of heldout5 was read in session 14 (an event opener's date); heldout48's question report (with its gold
answers) was printed once when it was scored on arrival in session 15; no rule was written from it.
Each floor sits a
little under the measured scores (README, CHANGELOG), so that a change that loses recall or precision on text it
was not written for fails here, while a small trade between the two does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.evaluate import collect_system, score_extraction

FIXTURES = Path(__file__).parent / "fixtures"
SETS = {
    "heldout": {"entities": 0.83, "relations": 0.62, "dates": 0.54, "relations_p": 0.84, "entities_p": 0.89},
    "heldout2": {"entities": 0.86, "relations": 0.44, "dates": 0.38, "relations_p": 0.79, "entities_p": 0.89},
    "heldout3": {"entities": 0.85, "relations": 0.66, "dates": 0.60, "relations_p": 0.87, "entities_p": 0.90},
    "heldout4": {"entities": 0.84, "relations": 0.65, "dates": 0.68, "relations_p": 0.88, "entities_p": 0.91},
    "heldout5": {"entities": 0.91, "relations": 0.48, "dates": 0.22, "relations_p": 0.83, "entities_p": 0.91},
    "heldout6": {"entities": 0.82, "relations": 0.63, "dates": 0.57, "relations_p": 0.90, "entities_p": 0.91},
    "heldout7": {"entities": 0.87, "relations": 0.40, "dates": 0.50, "relations_p": 0.71, "entities_p": 0.90},
    "heldout8": {"entities": 0.83, "relations": 0.64, "dates": 0.38, "relations_p": 0.84, "entities_p": 0.90},
    "heldout9": {"entities": 0.77, "relations": 0.40, "dates": 0.38, "relations_p": 0.69, "entities_p": 0.84},
    "heldout10": {"entities": 0.82, "relations": 0.76, "dates": 0.50, "relations_p": 0.87, "entities_p": 0.86},
    "heldout11": {"entities": 0.79, "relations": 0.49, "dates": 0.15, "relations_p": 0.77, "entities_p": 0.87},
    "heldout12": {"entities": 0.81, "relations": 0.74, "dates": 0.60, "relations_p": 0.84, "entities_p": 0.84},
    "heldout13": {"entities": 0.74, "relations": 0.32, "dates": 0.32, "relations_p": 0.74, "entities_p": 0.80},
    "heldout14": {"entities": 0.81, "relations": 0.49, "dates": 0.24, "relations_p": 0.80, "entities_p": 0.84},
    "heldout15": {"entities": 0.78, "relations": 0.51, "dates": 0.55, "relations_p": 0.84, "entities_p": 0.82},
    "heldout16": {"entities": 0.79, "relations": 0.45, "dates": 0.30, "relations_p": 0.75, "entities_p": 0.81},
    "heldout17": {"entities": 0.74, "relations": 0.32, "dates": 0.05, "relations_p": 0.72, "entities_p": 0.81},
    "heldout18": {"entities": 0.88, "relations": 0.57, "dates": 0.56, "relations_p": 0.85, "entities_p": 0.91},
    "heldout19": {"entities": 0.80, "relations": 0.48, "dates": 0.60, "relations_p": 0.72, "entities_p": 0.85},
    "heldout20": {"entities": 0.72, "relations": 0.36, "dates": 0.22, "relations_p": 0.70, "entities_p": 0.80},
    "heldout21": {"entities": 0.77, "relations": 0.42, "dates": 0.30, "relations_p": 0.68, "entities_p": 0.83},
    "heldout22": {"entities": 0.84, "relations": 0.46, "dates": 0.28, "relations_p": 0.74, "entities_p": 0.86},
    "heldout23": {"entities": 0.78, "relations": 0.42, "dates": 0.36, "relations_p": 0.74, "entities_p": 0.86},
    "heldout24": {"entities": 0.68, "relations": 0.34, "dates": 0.35, "relations_p": 0.70, "entities_p": 0.76},
    "heldout25": {"entities": 0.81, "relations": 0.43, "dates": 0.50, "relations_p": 0.70, "entities_p": 0.86},
    "heldout26": {"entities": 0.77, "relations": 0.39, "dates": 0.43, "relations_p": 0.70, "entities_p": 0.83},
    "heldout27": {"entities": 0.77, "relations": 0.44, "dates": 0.40, "relations_p": 0.72, "entities_p": 0.80},
    "heldout28": {"entities": 0.70, "relations": 0.42, "dates": 0.35, "relations_p": 0.72, "entities_p": 0.79},
    "heldout29": {"entities": 0.76, "relations": 0.47, "dates": 0.48, "relations_p": 0.84, "entities_p": 0.82},
    "heldout30": {"entities": 0.77, "relations": 0.55, "dates": 0.52, "relations_p": 0.74, "entities_p": 0.82},
    "heldout31": {"entities": 0.82, "relations": 0.54, "dates": 0.59, "relations_p": 0.72, "entities_p": 0.85},
    "heldout32": {"entities": 0.81, "relations": 0.43, "dates": 0.53, "relations_p": 0.76, "entities_p": 0.84},
    "heldout33": {"entities": 0.79, "relations": 0.42, "dates": 0.36, "relations_p": 0.75, "entities_p": 0.82},
    "heldout34": {"entities": 0.79, "relations": 0.42, "dates": 0.38, "relations_p": 0.76, "entities_p": 0.82},
    "heldout35": {"entities": 0.79, "relations": 0.40, "dates": 0.20, "relations_p": 0.82, "entities_p": 0.83},
    "heldout36": {"entities": 0.80, "relations": 0.49, "dates": 0.30, "relations_p": 0.76, "entities_p": 0.84},
    "heldout37": {"entities": 0.82, "relations": 0.47, "dates": 0.44, "relations_p": 0.66, "entities_p": 0.82},
    "heldout38": {"entities": 0.82, "relations": 0.44, "dates": 0.30, "relations_p": 0.74, "entities_p": 0.84},
    "heldout39": {"entities": 0.79, "relations": 0.39, "dates": 0.49, "relations_p": 0.66, "entities_p": 0.83},
    "heldout40": {"entities": 0.82, "relations": 0.54, "dates": 0.63, "relations_p": 0.86, "entities_p": 0.84},
    "heldout41": {"entities": 0.77, "relations": 0.41, "dates": 0.58, "relations_p": 0.76, "entities_p": 0.83},
    "heldout42": {"entities": 0.79, "relations": 0.41, "dates": 0.22, "relations_p": 0.78, "entities_p": 0.83},
    "heldout43": {"entities": 0.81, "relations": 0.52, "dates": 0.58, "relations_p": 0.74, "entities_p": 0.86},
    "heldout44": {"entities": 0.84, "relations": 0.45, "dates": 0.24, "relations_p": 0.67, "entities_p": 0.88},
    "heldout45": {"entities": 0.79, "relations": 0.46, "dates": 0.58, "relations_p": 0.77, "entities_p": 0.82},
    "heldout46": {"entities": 0.79, "relations": 0.49, "dates": 0.30, "relations_p": 0.78, "entities_p": 0.86},
    "heldout47": {"entities": 0.78, "relations": 0.48, "dates": 0.57, "relations_p": 0.68, "entities_p": 0.83},
    "heldout48": {"entities": 0.82, "relations": 0.46, "dates": 0.71, "relations_p": 0.80, "entities_p": 0.84},
    "heldout49": {"entities": 0.81, "relations": 0.40, "dates": 0.55, "relations_p": 0.66, "entities_p": 0.84},
    "heldout50": {"entities": 0.80, "relations": 0.40, "dates": 0.60, "relations_p": 0.77, "entities_p": 0.85},
    "heldout51": {"entities": 0.76, "relations": 0.38, "dates": 0.43, "relations_p": 0.61, "entities_p": 0.81},
    "heldout52": {"entities": 0.8, "relations": 0.52, "dates": 0.35, "relations_p": 0.79, "entities_p": 0.86},
    "heldout53": {"entities": 0.82, "relations": 0.48, "dates": 0.53, "relations_p": 0.68, "entities_p": 0.85},
    "heldout54": {"entities": 0.86, "relations": 0.51, "dates": 0.56, "relations_p": 0.8, "entities_p": 0.89},
    "heldout55": {"entities": 0.81, "relations": 0.55, "dates": 0.46, "relations_p": 0.74, "entities_p": 0.84},
    "heldout60": {"entities": 0.78, "relations": 0.44, "dates": 0.42, "relations_p": 0.8, "entities_p": 0.84},
    "heldout59": {"entities": 0.79, "relations": 0.4, "dates": 0.4, "relations_p": 0.77, "entities_p": 0.86},
    "heldout56": {"entities": 0.76, "relations": 0.49, "dates": 0.53, "relations_p": 0.77, "entities_p": 0.83},
    "heldout58": {"entities": 0.87, "relations": 0.63, "dates": 0.62, "relations_p": 0.79, "entities_p": 0.92},
    "heldout57": {"entities": 0.76, "relations": 0.38, "dates": 0.2, "relations_p": 0.64, "entities_p": 0.84},
    "heldout61": {"entities": 0.81, "relations": 0.5, "dates": 0.61, "relations_p": 0.76, "entities_p": 0.87},
    "heldout62": {"entities": 0.85, "relations": 0.53, "dates": 0.55, "relations_p": 0.72, "entities_p": 0.89},
    "heldout63": {"entities": 0.81, "relations": 0.52, "dates": 0.45, "relations_p": 0.78, "entities_p": 0.84},
    "heldout65": {"entities": 0.84, "relations": 0.49, "dates": 0.57, "relations_p": 0.75, "entities_p": 0.88},
    "heldout64": {"entities": 0.82, "relations": 0.43, "dates": 0.27, "relations_p": 0.71, "entities_p": 0.89},
    "heldout66": {"entities": 0.8, "relations": 0.49, "dates": 0.31, "relations_p": 0.81, "entities_p": 0.88},
    "heldout67": {"entities": 0.76, "relations": 0.41, "dates": 0.39, "relations_p": 0.71, "entities_p": 0.84},
    "heldout70": {"entities": 0.82, "relations": 0.47, "dates": 0.37, "relations_p": 0.77, "entities_p": 0.88},
    "heldout69": {"entities": 0.76, "relations": 0.39, "dates": 0.61, "relations_p": 0.61, "entities_p": 0.82},
    "heldout68": {"entities": 0.75, "relations": 0.32, "dates": 0.48, "relations_p": 0.62, "entities_p": 0.81},
    "heldout73": {"entities": 0.85, "relations": 0.61, "dates": 0.69, "relations_p": 0.84, "entities_p": 0.86},
    "heldout71": {"entities": 0.88, "relations": 0.67, "dates": 0.38, "relations_p": 0.77, "entities_p": 0.89},
    "heldout72": {"entities": 0.86, "relations": 0.47, "dates": 0.63, "relations_p": 0.75, "entities_p": 0.88},
    "heldout75": {"entities": 0.85, "relations": 0.48, "dates": 0.59, "relations_p": 0.84, "entities_p": 0.91},
    "heldout74": {"entities": 0.84, "relations": 0.55, "dates": 0.55, "relations_p": 0.71, "entities_p": 0.86},
    "heldout79": {"entities": 0.82, "relations": 0.55, "dates": 0.64, "relations_p": 0.74, "entities_p": 0.86},
    "heldout76": {"entities": 0.86, "relations": 0.56, "dates": 0.71, "relations_p": 0.78, "entities_p": 0.9},
    "heldout77": {"entities": 0.87, "relations": 0.59, "dates": 0.61, "relations_p": 0.84, "entities_p": 0.88},
    "heldout78": {"entities": 0.83, "relations": 0.48, "dates": 0.56, "relations_p": 0.84, "entities_p": 0.85},
    "heldout80": {"entities": 0.88, "relations": 0.57, "dates": 0.67, "relations_p": 0.81, "entities_p": 0.9},
    "heldout81": {"entities": 0.86, "relations": 0.61, "dates": 0.64, "relations_p": 0.82, "entities_p": 0.88},
    "heldout82": {"entities": 0.86, "relations": 0.39, "dates": 0.61, "relations_p": 0.79, "entities_p": 0.88},
    "heldout84": {"entities": 0.83, "relations": 0.41, "dates": 0.54, "relations_p": 0.66, "entities_p": 0.88},
    "heldout83": {"entities": 0.83, "relations": 0.51, "dates": 0.44, "relations_p": 0.71, "entities_p": 0.87},
    "heldout85": {"entities": 0.86, "relations": 0.51, "dates": 0.41, "relations_p": 0.74, "entities_p": 0.91},
    "heldout86": {"entities": 0.81, "relations": 0.59, "dates": 0.59, "relations_p": 0.73, "entities_p": 0.83},
    "heldout87": {"entities": 0.87, "relations": 0.55, "dates": 0.62, "relations_p": 0.8, "entities_p": 0.9},
    "heldout88": {"entities": 0.87, "relations": 0.53, "dates": 0.73, "relations_p": 0.75, "entities_p": 0.89},
    "heldout92": {"entities": 0.87, "relations": 0.59, "dates": 0.63, "relations_p": 0.72, "entities_p": 0.89},
    "heldout89": {"entities": 0.83, "relations": 0.49, "dates": 0.41, "relations_p": 0.77, "entities_p": 0.88},
    "heldout90": {"entities": 0.87, "relations": 0.52, "dates": 0.58, "relations_p": 0.82, "entities_p": 0.93},
    "heldout91": {"entities": 0.83, "relations": 0.39, "dates": 0.31, "relations_p": 0.78, "entities_p": 0.9},
    "heldout93": {"entities": 0.86, "relations": 0.6, "dates": 0.42, "relations_p": 0.84, "entities_p": 0.9},
    "heldout95": {"entities": 0.83, "relations": 0.48, "dates": 0.5, "relations_p": 0.75, "entities_p": 0.86},
    "heldout96": {"entities": 0.82, "relations": 0.44, "dates": 0.61, "relations_p": 0.69, "entities_p": 0.85},
    "heldout94": {"entities": 0.85, "relations": 0.59, "dates": 0.67, "relations_p": 0.75, "entities_p": 0.89},
    "heldout97": {"entities": 0.88, "relations": 0.5, "dates": 0.64, "relations_p": 0.75, "entities_p": 0.91},
    "heldout99": {"entities": 0.83, "relations": 0.41, "dates": 0.57, "relations_p": 0.71, "entities_p": 0.85},
    "heldout98": {"entities": 0.86, "relations": 0.51, "dates": 0.5, "relations_p": 0.78, "entities_p": 0.9},
    "heldout100": {"entities": 0.85, "relations": 0.55, "dates": 0.34, "relations_p": 0.79, "entities_p": 0.9},
    "heldout103": {"entities": 0.84, "relations": 0.49, "dates": 0.61, "relations_p": 0.77, "entities_p": 0.88},
    "heldout102": {"entities": 0.86, "relations": 0.53, "dates": 0.55, "relations_p": 0.75, "entities_p": 0.9},
    "heldout104": {"entities": 0.88, "relations": 0.58, "dates": 0.68, "relations_p": 0.79, "entities_p": 0.9},
    "heldout101": {"entities": 0.87, "relations": 0.58, "dates": 0.53, "relations_p": 0.82, "entities_p": 0.9},
    "heldout106": {"entities": 0.85, "relations": 0.5, "dates": 0.64, "relations_p": 0.71, "entities_p": 0.89},
    "heldout105": {"entities": 0.84, "relations": 0.53, "dates": 0.59, "relations_p": 0.8, "entities_p": 0.89},
    "heldout107": {"entities": 0.82, "relations": 0.49, "dates": 0.48, "relations_p": 0.77, "entities_p": 0.85},
    "heldout108": {"entities": 0.84, "relations": 0.47, "dates": 0.66, "relations_p": 0.79, "entities_p": 0.87},
    "heldout110": {"entities": 0.86, "relations": 0.6, "dates": 0.66, "relations_p": 0.78, "entities_p": 0.87},
    "heldout109": {"entities": 0.85, "relations": 0.56, "dates": 0.33, "relations_p": 0.81, "entities_p": 0.9},
    "heldout111": {"entities": 0.85, "relations": 0.56, "dates": 0.64, "relations_p": 0.71, "entities_p": 0.9},
    "heldout112": {"entities": 0.82, "relations": 0.44, "dates": 0.69, "relations_p": 0.75, "entities_p": 0.88},
    "heldout113": {"entities": 0.84, "relations": 0.45, "dates": 0.42, "relations_p": 0.82, "entities_p": 0.92},
    "heldout114": {"entities": 0.82, "relations": 0.37, "dates": 0.68, "relations_p": 0.76, "entities_p": 0.85},
    "heldout115": {"entities": 0.86, "relations": 0.52, "dates": 0.66, "relations_p": 0.77, "entities_p": 0.9},
    "heldout116": {"entities": 0.84, "relations": 0.53, "dates": 0.42, "relations_p": 0.8, "entities_p": 0.88},
    "heldout117": {"entities": 0.85, "relations": 0.58, "dates": 0.76, "relations_p": 0.79, "entities_p": 0.89},
    "heldout120": {"entities": 0.84, "relations": 0.61, "dates": 0.67, "relations_p": 0.74, "entities_p": 0.86},
    "heldout118": {"entities": 0.85, "relations": 0.64, "dates": 0.65, "relations_p": 0.83, "entities_p": 0.89},
    "heldout119": {"entities": 0.83, "relations": 0.56, "dates": 0.74, "relations_p": 0.78, "entities_p": 0.87},
    "heldout122": {"entities": 0.85, "relations": 0.52, "dates": 0.38, "relations_p": 0.79, "entities_p": 0.88},
    "heldout124": {"entities": 0.82, "relations": 0.53, "dates": 0.76, "relations_p": 0.75, "entities_p": 0.86},
    "heldout121": {"entities": 0.83, "relations": 0.59, "dates": 0.67, "relations_p": 0.75, "entities_p": 0.88},
    "heldout123": {"entities": 0.83, "relations": 0.48, "dates": 0.51, "relations_p": 0.77, "entities_p": 0.86},
    "heldout125": {"entities": 0.86, "relations": 0.58, "dates": 0.61, "relations_p": 0.81, "entities_p": 0.88},
    "heldout126": {"entities": 0.87, "relations": 0.51, "dates": 0.62, "relations_p": 0.74, "entities_p": 0.89},
    "heldout127": {"entities": 0.86, "relations": 0.52, "dates": 0.64, "relations_p": 0.72, "entities_p": 0.88},
    "heldout128": {"entities": 0.84, "relations": 0.54, "dates": 0.55, "relations_p": 0.83, "entities_p": 0.87},
    "heldout129": {"entities": 0.83, "relations": 0.58, "dates": 0.59, "relations_p": 0.83, "entities_p": 0.88},
    "heldout130": {"entities": 0.87, "relations": 0.61, "dates": 0.51, "relations_p": 0.84, "entities_p": 0.87},
    "heldout132": {"entities": 0.87, "relations": 0.5, "dates": 0.48, "relations_p": 0.67, "entities_p": 0.92},
    "heldout131": {"entities": 0.81, "relations": 0.52, "dates": 0.66, "relations_p": 0.81, "entities_p": 0.86},
    "heldout133": {"entities": 0.88, "relations": 0.54, "dates": 0.67, "relations_p": 0.82, "entities_p": 0.9},
    "heldout134": {"entities": 0.84, "relations": 0.48, "dates": 0.42, "relations_p": 0.78, "entities_p": 0.88},
    "heldout136": {"entities": 0.83, "relations": 0.48, "dates": 0.65, "relations_p": 0.82, "entities_p": 0.89},
    "heldout135": {"entities": 0.83, "relations": 0.53, "dates": 0.55, "relations_p": 0.77, "entities_p": 0.87},
    "heldout137": {"entities": 0.86, "relations": 0.57, "dates": 0.5, "relations_p": 0.74, "entities_p": 0.9},
    "heldout138": {"entities": 0.83, "relations": 0.46, "dates": 0.33, "relations_p": 0.75, "entities_p": 0.86},
    "heldout139": {"entities": 0.85, "relations": 0.55, "dates": 0.7, "relations_p": 0.78, "entities_p": 0.88},
    "heldout140": {"entities": 0.86, "relations": 0.55, "dates": 0.6, "relations_p": 0.76, "entities_p": 0.9},
    "heldout141": {"entities": 0.85, "relations": 0.51, "dates": 0.74, "relations_p": 0.76, "entities_p": 0.89},
    "heldout142": {"entities": 0.86, "relations": 0.55, "dates": 0.67, "relations_p": 0.76, "entities_p": 0.9},
    "heldout143": {"entities": 0.84, "relations": 0.47, "dates": 0.74, "relations_p": 0.82, "entities_p": 0.89},
    "heldout144": {"entities": 0.85, "relations": 0.51, "dates": 0.57, "relations_p": 0.81, "entities_p": 0.9},
    "heldout145": {"entities": 0.88, "relations": 0.65, "dates": 0.61, "relations_p": 0.8, "entities_p": 0.9},
    "heldout147": {"entities": 0.86, "relations": 0.51, "dates": 0.47, "relations_p": 0.74, "entities_p": 0.92},
    "heldout148": {"entities": 0.84, "relations": 0.51, "dates": 0.53, "relations_p": 0.77, "entities_p": 0.88},
    "heldout146": {"entities": 0.83, "relations": 0.56, "dates": 0.42, "relations_p": 0.68, "entities_p": 0.87},
    "heldout150": {"entities": 0.84, "relations": 0.59, "dates": 0.5, "relations_p": 0.81, "entities_p": 0.85},
    "heldout151": {"entities": 0.86, "relations": 0.48, "dates": 0.55, "relations_p": 0.74, "entities_p": 0.89},
    "heldout152": {"entities": 0.86, "relations": 0.55, "dates": 0.71, "relations_p": 0.81, "entities_p": 0.88},
    "heldout149": {"entities": 0.86, "relations": 0.53, "dates": 0.7, "relations_p": 0.68, "entities_p": 0.9},
    "heldout153": {"entities": 0.8, "relations": 0.54, "dates": 0.53, "relations_p": 0.76, "entities_p": 0.85},
    "heldout154": {"entities": 0.84, "relations": 0.49, "dates": 0.31, "relations_p": 0.74, "entities_p": 0.89},
    "heldout155": {"entities": 0.85, "relations": 0.58, "dates": 0.79, "relations_p": 0.81, "entities_p": 0.89},
    "heldout156": {"entities": 0.83, "relations": 0.45, "dates": 0.51, "relations_p": 0.7, "entities_p": 0.89},
    "heldout157": {"entities": 0.82, "relations": 0.6, "dates": 0.49, "relations_p": 0.81, "entities_p": 0.89},
    "heldout158": {"entities": 0.82, "relations": 0.55, "dates": 0.44, "relations_p": 0.82, "entities_p": 0.87},
    "heldout159": {"entities": 0.83, "relations": 0.49, "dates": 0.51, "relations_p": 0.67, "entities_p": 0.87},
    "heldout160": {"entities": 0.85, "relations": 0.46, "dates": 0.62, "relations_p": 0.82, "entities_p": 0.9},
    "heldout162": {"entities": 0.85, "relations": 0.61, "dates": 0.65, "relations_p": 0.8, "entities_p": 0.88},
    "heldout164": {"entities": 0.83, "relations": 0.5, "dates": 0.48, "relations_p": 0.8, "entities_p": 0.88},
    "heldout161": {"entities": 0.84, "relations": 0.55, "dates": 0.67, "relations_p": 0.77, "entities_p": 0.88},
    "heldout163": {"entities": 0.83, "relations": 0.53, "dates": 0.66, "relations_p": 0.79, "entities_p": 0.87},
    "heldout165": {"entities": 0.82, "relations": 0.48, "dates": 0.59, "relations_p": 0.82, "entities_p": 0.86},
    "heldout168": {"entities": 0.83, "relations": 0.47, "dates": 0.41, "relations_p": 0.7, "entities_p": 0.87},
    "heldout166": {"entities": 0.85, "relations": 0.48, "dates": 0.42, "relations_p": 0.77, "entities_p": 0.88},
    "heldout167": {"entities": 0.85, "relations": 0.58, "dates": 0.66, "relations_p": 0.71, "entities_p": 0.88},
    "heldout169": {"entities": 0.82, "relations": 0.54, "dates": 0.59, "relations_p": 0.67, "entities_p": 0.83},
    "heldout170": {"entities": 0.86, "relations": 0.45, "dates": 0.69, "relations_p": 0.59, "entities_p": 0.87},
    "heldout171": {"entities": 0.84, "relations": 0.55, "dates": 0.66, "relations_p": 0.76, "entities_p": 0.87},
    "heldout172": {"entities": 0.84, "relations": 0.5, "dates": 0.42, "relations_p": 0.77, "entities_p": 0.87},
}
QUESTIONS = {"heldout3": 0.78, "heldout4": 0.75, "heldout5": 0.55, "heldout6": 0.77, "heldout7": 0.3, "heldout8": 0.72, "heldout9": 0.32, "heldout10": 0.68, "heldout11": 0.38, "heldout12": 0.88, "heldout13": 0.36, "heldout14": 0.42, "heldout15": 0.38, "heldout16": 0.42, "heldout17": 0.45, "heldout18": 0.45, "heldout19": 0.48, "heldout20": 0.18, "heldout21": 0.2, "heldout22": 0.45, "heldout23": 0.34, "heldout24": 0.52, "heldout25": 0.3, "heldout26": 0.22, "heldout27": 0.52, "heldout28": 0.45, "heldout29": 0.32, "heldout30": 0.33, "heldout31": 0.45, "heldout32": 0.52, "heldout33": 0.27, "heldout34": 0.32, "heldout35": 0.43, "heldout36": 0.28, "heldout37": 0.34, "heldout38": 0.32, "heldout39": 0.42, "heldout40": 0.7, "heldout41": 0.6, "heldout42": 0.4, "heldout43": 0.38, "heldout44": 0.4, "heldout45": 0.4, "heldout46": 0.55, "heldout47": 0.5, "heldout48": 0.52, "heldout49": 0.36, "heldout50": 0.42, "heldout51": 0.28, "heldout52": 0.63, "heldout53": 0.58, "heldout54": 0.41, "heldout55": 0.38, "heldout60": 0.47, "heldout59": 0.43, "heldout56": 0.38, "heldout58": 0.62, "heldout57": 0.49, "heldout61": 0.44, "heldout62": 0.33, "heldout63": 0.42, "heldout65": 0.53, "heldout64": 0.22, "heldout66": 0.22, "heldout67": 0.33, "heldout70": 0.53, "heldout69": 0.49, "heldout68": 0.42, "heldout73": 0.8, "heldout71": 0.59, "heldout72": 0.53, "heldout75": 0.47, "heldout74": 0.42, "heldout79": 0.27, "heldout76": 0.54, "heldout77": 0.42, "heldout78": 0.33, "heldout80": 0.42, "heldout81": 0.47, "heldout82": 0.62, "heldout84": 0.22, "heldout83": 0.45, "heldout85": 0.5, "heldout86": 0.6, "heldout87": 0.16, "heldout88": 0.53, "heldout92": 0.62, "heldout89": 0.53, "heldout90": 0.31, "heldout91": 0.24, "heldout93": 0.53, "heldout95": 0.22, "heldout96": 0.49, "heldout94": 0.58, "heldout97": 0.58, "heldout99": 0.7, "heldout98": 0.72, "heldout100": 0.62, "heldout103": 0.09, "heldout102": 0.42, "heldout104": 0.49, "heldout101": 0.36, "heldout106": 0.22, "heldout105": 0.28, "heldout107": 0.3, "heldout108": 0.41, "heldout110": 0.49, "heldout109": 0.58, "heldout111": 0.57, "heldout112": 0.44, "heldout113": 0.42, "heldout114": 0.42, "heldout115": 0.42, "heldout116": 0.42, "heldout117": 0.33, "heldout120": 0.72, "heldout118": 0.67, "heldout119": 0.61, "heldout122": 0.7, "heldout124": 0.48, "heldout121": 0.68, "heldout123": 0.22, "heldout125": 0.54, "heldout126": 0.39, "heldout127": 0.46, "heldout128": 0.6, "heldout129": 0.65, "heldout130": 0.49, "heldout132": 0.62, "heldout131": 0.53, "heldout133": 0.59, "heldout134": 0.49, "heldout136": 0.82, "heldout135": 0.29, "heldout137": 0.53, "heldout138": 0.51, "heldout139": 0.4, "heldout140": 0.63, "heldout141": 0.38, "heldout142": 0.48, "heldout143": 0.62, "heldout144": 0.12, "heldout145": 0.51, "heldout147": 0.33, "heldout148": 0.38, "heldout146": 0.53, "heldout150": 0.47, "heldout151": 0.72, "heldout152": 0.53, "heldout149": 0.55, "heldout153": 0.61, "heldout154": 0.56, "heldout155": 0.69, "heldout156": 0.42, "heldout157": 0.46, "heldout158": 0.29, "heldout159": 0.61, "heldout160": 0.38, "heldout162": 0.59, "heldout164": 0.49, "heldout161": 0.33, "heldout163": 0.44, "heldout165": 0.39, "heldout168": 0.58, "heldout166": 0.38, "heldout167": 0.42, "heldout169": 0.39, "heldout170": 0.53, "heldout171": 0.49, "heldout172": 0.26}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request):
    folder = FIXTURES / request.param
    store = ox.Store()
    files = sorted(folder.glob("*.txt"))
    rep = build(files, store=store)
    assert rep.added == len(files) and not rep.failed
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return SETS[request.param], score_extraction(collect_system(store), gold)


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_heldout_questions(name):
    """`kg ask` on a built graph of unseen documents: mean answer F1 over its questions (answerable and not)."""
    from kg.ask import answer_labels
    from kg.evaluate import score_questions

    folder = FIXTURES / name
    store = ox.Store()
    build(sorted(folder.glob("*.txt")), store=store)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    questions = json.loads((folder / "questions.json").read_text(encoding="utf-8"))
    report = score_questions(lambda q: answer_labels(store, q), questions, gold)
    assert report["mean_f1"] >= QUESTIONS[name], [(x["question"], x["missing"], x["extra"]) for x in report["failing"]]


@pytest.mark.parametrize("kind", ["entities", "relations", "dates"])
def test_heldout_scores_stay_above_the_floor(scored, kind):
    floor, report = scored
    assert report[kind]["f1"] >= floor[kind], (kind, report[kind])


def test_heldout_precision_stays_high(scored):
    # what the rules assert on unseen text is mostly right, even where they miss much
    floor, report = scored
    assert report["relations"]["p"] >= floor["relations_p"], report["relations"]
    assert report["entities"]["p"] >= floor["entities_p"], report["entities"]
