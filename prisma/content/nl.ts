import type { LocaleContent } from "./types";

export const nl: LocaleContent = {
  locale: "nl",
  checkedByNativeSpeaker: true,

  instruments: {
    "twelve-questions": {
      name: "De 12 vragen van ouders",
      summary:
        "Twaalf vragen die ouders aan een professional kunnen stellen. Samen kijk je hoe het contact tussen ouder en professional gaat en of het gelijkwaardig voelt.",
      source: "Utrechts Kwaliteitskader voor het jonge kind (gemeente Utrecht)",
    },
    praatplaat: {
      name: "Praatplaat",
      summary:
        "Met de praatplaat praten ouder en professional over hun samenwerking, met én voor het kind. Dat doe je naast het gesprek over wat het kind nodig heeft. Kies ieder een thema en bespreek samen wat al goed gaat en wat beter kan.",
      source: "Met Andere Ogen, praatplaat ‘Als professional en ouder beter samenwerken, met én voor het kind: hoe doe je dat?’",
    },
    partnerships: {
      name: "Het model van de 5 partnerschappen",
      summary:
        "Vijf manieren waarop ouders en professionals samenwerken. Zo zie je waar jullie al goed samenwerken, en of er een balans is in de verschillende partnerschappen.",
      source: "Stichting Actief Ouderschap, model van de 5 partnerschappen",
    },
  },

  // Every instrument has an entry, also when it has no clusters, so lookups never hit undefined.
  clusters: {
    "twelve-questions": {},
    praatplaat: {},
    partnerships: {
      educational: {
        name: "Onderwijskundig partnerschap",
        description:
          "Samenwerken aan de opvoeding en aan het leren van het kind. Hierbij horen het pedagogisch en het didactisch partnerschap.",
      },
      "parent-participation": {
        name: "Ouderparticipatie",
        description:
          "Ouders praten mee, beslissen mee en doen mee. Hierbij horen het formeel en het informeel partnerschap.",
      },
      "active-citizenship": {
        name: "Actief burgerschap",
        description:
          "Ouders, de organisatie en de buurt werken samen. Hierbij hoort het maatschappelijk partnerschap.",
      },
    },
  },

  items: {
    "twelve-questions": {
      "feel-important": {
        title: "Wil je me laten merken dat ik belangrijk ben?",
        parentStatement: "De professional laat mij merken dat ik belangrijk ben.",
        professionalStatement: "Ik laat de ouder merken dat hij of zij belangrijk is.",
      },
      "safe-to-learn": {
        title: "Wil je zorgen dat ik me veilig voel om te leren?",
        parentStatement: "De professional zorgt dat ik me veilig voel om te leren.",
        professionalStatement: "Ik zorg dat de ouder zich veilig voelt om te leren.",
      },
      "share-knowledge": {
        title: "Wil je jouw kennis met me delen als ik het niet meer zelf weet?",
        parentStatement: "De professional legt mij dingen uit als ik het zelf niet meer weet.",
        professionalStatement: "Ik leg de ouder dingen uit als hij of zij het zelf niet meer weet.",
      },
      "listen-without-judgement": {
        title: "Wil je zonder oordeel naar mij luisteren?",
        parentStatement: "De professional luistert zonder oordeel naar mij.",
        professionalStatement: "Ik luister zonder oordeel naar de ouder.",
      },
      "time-to-understand": {
        title: "Wil je me de tijd geven om je goed te verstaan?",
        parentStatement: "De professional geeft mij genoeg tijd om alles goed te verstaan.",
        professionalStatement: "Ik geef de ouder genoeg tijd om alles goed te verstaan.",
      },
      "take-me-seriously": {
        title: "Wil je mij serieus nemen?",
        parentStatement: "De professional neemt mij serieus.",
        professionalStatement: "Ik neem de ouder serieus.",
      },
      "respect-my-expertise": {
        title: "Wil je mijn deskundigheid serieus nemen?",
        parentStatement: "De professional neemt mijn kennis en ervaring serieus.",
        professionalStatement: "Ik neem de kennis en ervaring van de ouder serieus.",
      },
      "show-yourself": {
        title: "Ga je ook jezelf laten zien?",
        parentStatement: "De professional vertelt ook iets over zichzelf.",
        professionalStatement: "Ik vertel de ouder ook iets over mezelf.",
      },
      "take-initiative": {
        title: "Wil jij het initiatief nemen?",
        parentStatement: "De professional neemt zelf het initiatief in ons contact.",
        professionalStatement: "Ik neem het initiatief in het contact met de ouder.",
      },
      "see-what-i-do-well": {
        title: "Wil je ook oog hebben voor wat ik goed doe?",
        parentStatement: "De professional ziet ook wat ik goed doe.",
        professionalStatement: "Ik zie ook wat de ouder goed doet.",
      },
      "know-what-will-happen": {
        // The source ends this question with a full stop; a question mark matches the other questions.
        title: "Zorg je ervoor dat ik weet wat er te gebeuren staat?",
        parentStatement: "De professional zorgt dat ik weet wat er gaat gebeuren.",
        professionalStatement: "Ik zorg dat de ouder weet wat er gaat gebeuren.",
      },
      "remind-me-of-appointments": {
        // A request, not a question: the source's full stop is kept. It is about remembering when
        // we meet, so the statements say "wanneer we elkaar zien", not "afspraken" (agreements).
        title: "Help mij herinneren wanneer we een afspraak hebben.",
        parentStatement: "De professional helpt mij te onthouden wanneer we elkaar zien.",
        professionalStatement: "Ik help de ouder te onthouden wanneer we elkaar zien.",
      },
    },

    praatplaat: {
      "think-from-the-child": {
        title: "Denk vanuit het kind",
        body: "Elk kind is anders. Kijk naar het kind én bekijk de hele situatie rondom het kind voordat je bepaalt wat nodig is en wat kan.",
        parentStatement: "De professional kijkt eerst goed naar mijn kind en onze situatie.",
        professionalStatement: "Ik kijk eerst goed naar het kind en de situatie van het gezin.",
        quotes: [],
      },
      "think-in-possibilities": {
        title: "Denk in mogelijkheden",
        body: "Durf als professional out-of-the-box te denken, voorbij regels te gaan als dat nodig is voor het kind. Kijk naar mogelijkheden en zeg niet te snel dat iets niet kan.",
        parentStatement: "De professional zoekt samen met mij naar wat wél kan.",
        professionalStatement: "Ik zoek samen met de ouder naar wat wél kan.",
        quotes: ["Denk met me mee en niet tegen."],
      },
      "connect-with-parents": {
        title: "Zoek de verbinding met ouders",
        body: "Ouderschap maakt kwetsbaar. Een veilige sfeer is voor ouders heel belangrijk. Pas dan durven ze te vertellen waar ze tegenaan lopen. Blijf in gesprek en verbinding, ook als dit (even) lastig is. De ideale oplossing bestaat vaak niet: wees dus niet te stellig in je adviezen.",
        parentStatement: "De professional zorgt dat ik durf te vertellen wat moeilijk is.",
        professionalStatement: "Ik zorg dat de ouder durft te vertellen wat moeilijk is.",
        quotes: ["Elke ouder is anders. Heb oog voor de verschillen."],
      },
      "involve-children": {
        title: "Betrek kinderen bij je keuzes",
        body: "Werk zoveel mogelijk samen met het hele gezin. En denk daarbij vanuit de kinderen: wat kunnen ze? Waar liggen hun talenten? Kinderen zien de wereld door hun eigen bril. Bedenk dus goed hoe je iets met ze bespreekt en betrek ze bij de keuzes die je maakt.",
        parentStatement: "De professional vraagt ook mijn kind wat het ervan vindt.",
        professionalStatement: "Ik vraag ook het kind wat het ervan vindt.",
        quotes: ["Beweeg mee met het hele gezin."],
      },
      "recognise-parents-expertise": {
        title: "Erken de expertise van ouders",
        body: "Ouders kennen hun kinderen het beste. Zij blijven altijd; als professional kijk je slechts tijdelijk mee. Kijk dus vanuit jouw kennis en kunde samen met de ouders naar het kind en respecteer daarbij hun rol.",
        parentStatement: "De professional vraagt mij wat ik weet over mijn kind.",
        professionalStatement: "Ik vraag de ouder wat hij of zij weet over het kind.",
        quotes: ["Heb oog voor gelijkwaardigheid: loop eens samen met hen de ruimte in en uit."],
      },
      "support-parents": {
        title: "Bied ouders steun",
        body: "Ondersteun ouders bij het maken van keuzes. Verduidelijk daarbij wat het kind en de ouders nodig hebben. Bied ouders onafhankelijke cliëntondersteuning aan, in de vorm van buddies (andere ouders) of ervaringsdeskundigen.",
        parentStatement: "De professional helpt mij om keuzes te maken.",
        professionalStatement: "Ik help de ouder om keuzes te maken.",
        quotes: [
          "Ga naast de ouder en het kind staan. Spreek op een veilige plek af: thuis of juist ergens anders.",
        ],
      },
      "work-together-for-results": {
        title: "Werk samen voor resultaat",
        body: "Een goede samenwerking leidt tot minder stress bij ouders. En tot betere, passendere en duurzamere oplossingen.",
        parentStatement: "Door onze samenwerking vinden we goede oplossingen. Dat geeft mij minder stress.",
        professionalStatement: "Door onze samenwerking vinden we goede oplossingen. Dat geeft de ouder minder stress.",
        quotes: ["Kijk naar de hele omgeving van het gezin: vrienden, buren en familieleden."],
      },
      "stay-close": {
        title: "Sta dichtbij",
        body: "Laat je raken door het verhaal van de ouder en het kind. Als professional hoef je niet op afstand te blijven. Wees niet bang voor je eigen emoties of die van de ander.",
        parentStatement: "De professional leeft mee met mij en mijn kind.",
        professionalStatement: "Ik leef mee met de ouder en het kind.",
        quotes: ["Vraag ouder of kind wat je voor ze kunt betekenen."],
      },
      "positive-attitude": {
        title: "Heb een positieve houding",
        body: "Een voorwaarde voor een goede samenwerking: een positieve basishouding tegenover ouders. Houd de toon tijdens gesprekken over ouders en verzorgers daarom positief. Vraag aan ouders hoe het gesprek gaat.",
        parentStatement: "De professional praat op een vriendelijke, positieve manier met mij.",
        professionalStatement: "Ik praat op een vriendelijke, positieve manier met de ouder.",
        quotes: ["Let op hoe je overkomt: het is de toon die de muziek maakt."],
      },
      "agree-on-shared-goal": {
        // The title is garbled in the OCR of the poster; derived from the first sentence of the text.
        title: "Maak afspraken over het gezamenlijke doel",
        body: "Maak afspraken over het gezamenlijke doel. Waarover zijn jullie het eens en waarover niet? Maak ook afspraken over hoe je gaat samenwerken en beoordeel de samenwerking regelmatig. Weet je het als professional even niet? Wees daar eerlijk over. En onderzoek en probeer samen dingen uit.",
        // One thing per statement: the goal. Reviewing the collaboration regularly is what the
        // conversation itself does, and the theme's text says it.
        parentStatement: "De professional en ik spreken samen af wat we voor mijn kind willen bereiken.",
        professionalStatement: "De ouder en ik spreken samen af wat we voor het kind willen bereiken.",
        quotes: ["Ouders hebben hoorrecht en professionals luisterplicht."],
      },
      "own-theme": {
        title: "Wij willen toevoegen",
        body: "Een eigen thema dat jullie samen kiezen en een titel geven.",
        parentStatement: "Bij dit thema werken de professional en ik goed samen.",
        professionalStatement: "Bij dit thema werken de ouder en ik goed samen.",
        quotes: [],
      },
    },

    partnerships: {
      pedagogical: {
        title: "Pedagogisch partnerschap",
        body: "Ouders en professionals praten samen over de opvoeding en over hoe het met het kind gaat. Zo stemmen ze af wat het kind nodig heeft, thuis en bij de professional.",
        parentStatement: "De professional en ik praten samen over de opvoeding van mijn kind.",
        professionalStatement: "De ouder en ik praten samen over de opvoeding van het kind.",
      },
      didactic: {
        title: "Didactisch partnerschap",
        body: "Ouders en professionals werken samen aan het leren en de ontwikkeling van het kind. Ouders weten wat hun kind leert en hoe ze thuis kunnen helpen.",
        parentStatement: "De professional en ik werken samen aan wat mijn kind leert.",
        professionalStatement: "De ouder en ik werken samen aan wat het kind leert.",
      },
      formal: {
        title: "Formeel partnerschap",
        body: "Ouders praten mee en beslissen mee over het beleid, bijvoorbeeld in de oudercommissie, de ouderraad of de medezeggenschapsraad.",
        parentStatement: "De professional vertelt mij hoe ik kan meebeslissen, bijvoorbeeld in de oudercommissie.",
        professionalStatement: "Ik vertel ouders hoe ze kunnen meebeslissen, bijvoorbeeld in de oudercommissie.",
      },
      informal: {
        title: "Informeel partnerschap",
        body: "Ouders helpen mee en doen mee bij activiteiten, zoals een uitje, een feest of voorlezen. Zo leren ouders elkaar kennen en hebben ze contact met elkaar.",
        parentStatement: "De professional vraagt mij om mee te helpen bij activiteiten, zoals een uitje.",
        professionalStatement: "Ik vraag ouders om mee te helpen bij activiteiten, zoals een uitje.",
      },
      societal: {
        title: "Maatschappelijk partnerschap",
        body: "Ouders, de organisatie en anderen in de buurt werken samen, zoals de bibliotheek, de sportclub of het wijkteam. Samen zorgen ze voor een goede plek om op te groeien.",
        parentStatement: "De professional nodigt mij uit om mee te doen met activiteiten in de buurt.",
        professionalStatement: "Ik nodig ouders uit om mee te doen met activiteiten in de buurt.",
      },
    },
  },

  prompts: {
    "twelve-questions": {},
    praatplaat: {
      "how-is-it-for-us": "Hoe zit dat bij ons?",
      "how-could-it-be-better": "Hoe zou dat beter kunnen?",
      "what-are-we-good-at": "Waar zijn we al goed in?",
      "what-helps-us": "Wat helpt ons om (beter) samen te werken, met én voor het kind?",
      "next-steps": "Hoe kunnen we de vervolgstappen hierin met elkaar vormgeven?",
    },
    partnerships: {},
  },

  // Phases of the relationship after the KPC Groep model (seed 004): build it, maintain it, close it.
  // Shown to professionals, so every text speaks to the professional ("je").
  phases: {
    pre: {
      name: "Voortraject",
      description:
        "Je bouwt de relatie met de ouder op, bijvoorbeeld bij de kennismaking. Investeer in de relatie voordat je die nodig hebt. Als je elkaar al kent, werk je prettiger, sneller en efficiënter samen aan goede oplossingen. Zet als professional de eerste stap, en daarmee de toon.",
    },
    main: {
      name: "Hoofdtraject",
      description: "Je bouwt de relatie met de ouder uit en onderhoudt die, zolang jullie samenwerken.",
    },
    post: {
      name: "Natraject",
      description:
        "Je bouwt de relatie af, tegen de tijd dat jullie samenwerking stopt: als het (laatste) kind de school of opvang verlaat, of als de hulp klaar is.",
    },
  },

  practiceTips: {
    "know-your-parents": "Weet wie je ouders zijn en wat ze willen. Praat met ze! Luister goed en check je aannames.",
    "discuss-expectations": "Bespreek open wat je van elkaar wenst en verwacht.",
    "dare-to-be-vulnerable": "Durf je kwetsbaar op te stellen.",
    "be-approachable": "Zorg dat ouders je kennen, wees betrokken en benaderbaar.",
    "make-parents-welcome": "Zorg voor een sfeer waarin ouders zich welkom voelen.",
    "trust-is-the-basis": "Vertrouwen is de basis.",
    "methods-are-no-straitjacket":
      "Laat evidence-based methodes geen dwingend keurslijf worden. De vraag/behoefte van ouders staat centraal. Maak daarbij gebruik van wat er is en blijkt te werken.",
    "serve-parent-child-bond": "Alles wat je doet moet de relatie tussen ouder en kind ten goede komen.",
    "connect-parents":
      "Breng ouders met elkaar in contact, zoals bijvoorbeeld gebeurt in het Almeerse project Opvoeden doen we samen. Breng het positief. Ouders praten graag over kinderen en opvoeden, niet over opvoedproblemen. Iedere ouder loopt wel eens tegen vragen aan in de opvoeding.",
    "no-role-for-the-neighbour": "Laat professionals geen rol aannemen die de buurvrouw beter kan vervullen.",
    "parents-know-their-child":
      "Ouders hebben zeer belangrijke pedagogische informatie over hun kinderen. Zorg dat zij zich gehoord voelen.",
    "short-term-results": "Werk samen aan kortetermijnproducten met een tastbaar resultaat.",
    "focus-on-the-positive": "Focus op het positieve en ga voor laaghangend fruit. Vier je successen.",
  },
};
