// Translated from nl.ts by the Samenspraak team; not yet checked by a native speaker.
import type { LocaleContent } from "./types";

// The parent is addressed with "ty" (as many Polish schools and apps do); the professional is
// "specjalista", an agreement is "ustalenie", a statement is "stwierdzenie".
export const pl: LocaleContent = {
  locale: "pl",
  checkedByNativeSpeaker: false,

  instruments: {
    "twelve-questions": {
      name: "12 pytań rodziców",
      summary:
        "Dwanaście pytań, które rodzice mogą zadać specjaliście. Razem sprawdzacie, jak idzie kontakt między rodzicem a specjalistą. I czy obie strony czują się w nim równe.",
      source:
        "Utrechts Kwaliteitskader voor het jonge kind (utrechckie ramy jakości dla małych dzieci), gemeente Utrecht (gmina Utrecht)",
    },
    praatplaat: {
      name: "Plakat do rozmowy (praatplaat)",
      summary:
        "Przy plakacie do rozmowy rodzic i specjalista rozmawiają o swojej współpracy, z dzieckiem i dla dziecka. Robicie to obok rozmowy o tym, czego potrzebuje dziecko. Każda osoba wybiera jeden temat. Razem omawiacie, co już idzie dobrze, a co może być lepsze.",
      source:
        "Met Andere Ogen, plakat do rozmowy „Als professional en ouder beter samenwerken, met én voor het kind: hoe doe je dat?” („Lepsza współpraca specjalisty i rodzica, z dzieckiem i dla dziecka: jak to zrobić?”)",
    },
    partnerships: {
      name: "Model 5 partnerstw",
      summary:
        "Pięć sposobów, w jakie rodzice i specjaliści współpracują. Widzicie, w czym już dobrze współpracujecie. I czy różne partnerstwa są w równowadze.",
      source: "Stichting Actief Ouderschap (Fundacja Aktywne Rodzicielstwo), model 5 partnerstw",
    },
  },

  // Every instrument has an entry, also when it has no clusters, so lookups never hit undefined.
  clusters: {
    "twelve-questions": {},
    praatplaat: {},
    partnerships: {
      educational: {
        name: "Partnerstwo edukacyjne",
        description:
          "Współpraca przy wychowaniu i nauce dziecka. Należy tu partnerstwo wychowawcze i partnerstwo w nauce.",
      },
      "parent-participation": {
        name: "Udział rodziców",
        description:
          "Rodzice mają głos, współdecydują i biorą udział. Należy tu partnerstwo formalne i partnerstwo nieformalne.",
      },
      "active-citizenship": {
        name: "Aktywne obywatelstwo",
        description: "Rodzice, placówka i okolica współpracują ze sobą. Należy tu partnerstwo społeczne.",
      },
    },
  },

  items: {
    "twelve-questions": {
      "feel-important": {
        title: "Czy pokażesz mi, że się liczę?",
        parentStatement: "Specjalista pokazuje mi, że się liczę.",
        professionalStatement: "Pokazuję rodzicowi, że się liczy.",
      },
      "safe-to-learn": {
        title: "Czy sprawisz, że przy tobie będę się uczyć bez strachu?",
        parentStatement: "Specjalista sprawia, że czuję się bezpiecznie i mogę się uczyć.",
        professionalStatement: "Sprawiam, że rodzic czuje się bezpiecznie i może się uczyć.",
      },
      "share-knowledge": {
        title: "Czy podzielisz się ze mną swoją wiedzą, gdy już nie wiem, co robić?",
        parentStatement: "Specjalista wyjaśnia mi różne rzeczy, gdy już nie wiem, co robić.",
        professionalStatement: "Wyjaśniam rodzicowi różne rzeczy, gdy już nie wie, co robić.",
      },
      "listen-without-judgement": {
        title: "Czy wysłuchasz mnie bez oceniania?",
        parentStatement: "Specjalista słucha mnie bez oceniania.",
        professionalStatement: "Słucham rodzica bez oceniania.",
      },
      "time-to-understand": {
        title: "Czy dasz mi czas, żeby dobrze cię zrozumieć?",
        parentStatement: "Specjalista daje mi dość czasu, żeby wszystko dobrze zrozumieć.",
        professionalStatement: "Daję rodzicowi dość czasu, żeby wszystko dobrze zrozumiał.",
      },
      "take-me-seriously": {
        title: "Czy potraktujesz mnie poważnie?",
        parentStatement: "Specjalista traktuje mnie poważnie.",
        professionalStatement: "Traktuję rodzica poważnie.",
      },
      "respect-my-expertise": {
        title: "Czy potraktujesz poważnie moją wiedzę?",
        parentStatement: "Specjalista poważnie traktuje moją wiedzę i moje doświadczenie.",
        professionalStatement: "Poważnie traktuję wiedzę i doświadczenie rodzica.",
      },
      "show-yourself": {
        title: "Czy ty też pokażesz, kim jesteś?",
        parentStatement: "Specjalista opowiada mi też coś o sobie.",
        professionalStatement: "Opowiadam rodzicowi też coś o sobie.",
      },
      "take-initiative": {
        title: "Czy to ty wyjdziesz z inicjatywą?",
        parentStatement: "To specjalista wychodzi z inicjatywą w naszym kontakcie.",
        professionalStatement: "Wychodzę z inicjatywą w kontakcie z rodzicem.",
      },
      "see-what-i-do-well": {
        title: "Czy zauważysz też to, co robię dobrze?",
        parentStatement: "Specjalista zauważa też to, co robię dobrze.",
        professionalStatement: "Zauważam też to, co rodzic robi dobrze.",
      },
      "know-what-will-happen": {
        title: "Czy sprawisz, że będę wiedzieć, co będzie się działo?",
        parentStatement: "Specjalista sprawia, że wiem, co będzie się działo.",
        professionalStatement: "Sprawiam, że rodzic wie, co będzie się działo.",
      },
      "remind-me-of-appointments": {
        // A request, not a question, as in the Dutch source. About when we meet, not about agreements.
        title: "Pomóż mi pamiętać, kiedy mamy spotkanie.",
        parentStatement: "Specjalista pomaga mi pamiętać, kiedy się spotykamy.",
        professionalStatement: "Pomagam rodzicowi pamiętać, kiedy się spotykamy.",
      },
    },

    praatplaat: {
      "think-from-the-child": {
        title: "Myśl z perspektywy dziecka",
        body: "Każde dziecko jest inne. Przyjrzyj się dziecku i całej sytuacji wokół dziecka. Zrób to, zanim zdecydujesz, co jest potrzebne i co jest możliwe.",
        parentStatement: "Specjalista najpierw dobrze przygląda się mojemu dziecku i naszej sytuacji.",
        professionalStatement: "Najpierw dobrze przyglądam się dziecku i sytuacji rodziny.",
        quotes: [],
      },
      "think-in-possibilities": {
        title: "Myśl o możliwościach",
        body: "Jako specjalista odważ się myśleć nieszablonowo. Wyjdź poza zasady, jeśli dziecko tego potrzebuje. Szukaj możliwości i nie mów zbyt szybko, że czegoś nie da się zrobić.",
        parentStatement: "Specjalista razem ze mną szuka tego, co da się zrobić.",
        professionalStatement: "Razem z rodzicem szukam tego, co da się zrobić.",
        quotes: ["Myśl razem ze mną, a nie przeciwko mnie."],
      },
      "connect-with-parents": {
        title: "Szukaj więzi z rodzicami",
        body: "Bycie rodzicem sprawia, że człowiek jest bardziej wrażliwy. Bezpieczna atmosfera jest dla rodziców bardzo ważna. Dopiero wtedy odważą się powiedzieć, z czym mają trudności. Rozmawiaj dalej i utrzymuj więź, także wtedy, gdy (przez chwilę) jest trudno. Idealne rozwiązanie często nie istnieje. Dlatego nie dawaj rad zbyt stanowczo.",
        parentStatement: "Specjalista sprawia, że mam odwagę powiedzieć, co jest trudne.",
        professionalStatement: "Sprawiam, że rodzic ma odwagę powiedzieć, co jest trudne.",
        quotes: ["Każdy rodzic jest inny. Zwracaj uwagę na te różnice."],
      },
      "involve-children": {
        title: "Włączaj dzieci w swoje decyzje",
        body: "Pracuj jak najwięcej z całą rodziną. I myśl przy tym z perspektywy dzieci: co potrafią? Jakie mają talenty? Dzieci widzą świat po swojemu. Dlatego dobrze się zastanów, jak z nimi o czymś rozmawiać. I włączaj je w decyzje, które podejmujesz.",
        parentStatement: "Specjalista pyta też moje dziecko, co o tym myśli.",
        professionalStatement: "Pytam też dziecko, co o tym myśli.",
        quotes: ["Dopasuj się do całej rodziny."],
      },
      "recognise-parents-expertise": {
        title: "Doceń wiedzę rodziców",
        body: "Rodzice znają swoje dzieci najlepiej. Rodzice są przy dziecku zawsze, a ty jako specjalista tylko przez jakiś czas. Dlatego patrz na dziecko razem z rodzicami. Korzystaj przy tym ze swojej wiedzy i umiejętności i szanuj ich rolę.",
        parentStatement: "Specjalista pyta mnie, co wiem o moim dziecku.",
        professionalStatement: "Pytam rodzica, co wie o dziecku.",
        quotes: ["Dbaj o równość: wchodź i wychodź z sali razem z nimi."],
      },
      "support-parents": {
        title: "Wspieraj rodziców",
        body: "Wspieraj rodziców, gdy podejmują decyzje. Wyjaśnij przy tym, czego potrzebuje dziecko i czego potrzebują rodzice. Zaproponuj rodzicom niezależne wsparcie. Może je dać inny rodzic, który jest obok (tzw. buddy), albo ktoś, kto sam przeżył coś podobnego.",
        parentStatement: "Specjalista pomaga mi podejmować decyzje.",
        professionalStatement: "Pomagam rodzicowi podejmować decyzje.",
        quotes: [
          "Stań obok rodzica i dziecka. Umawiaj spotkania w bezpiecznym miejscu: w domu albo właśnie gdzie indziej.",
        ],
      },
      "work-together-for-results": {
        title: "Współpracuj dla dobrych efektów",
        body: "Dobra współpraca daje rodzicom mniej stresu. I lepsze, bardziej dopasowane i trwalsze rozwiązania.",
        parentStatement: "Dzięki naszej współpracy znajdujemy dobre rozwiązania. Dlatego mam mniej stresu.",
        professionalStatement: "Dzięki naszej współpracy znajdujemy dobre rozwiązania. Dlatego rodzic ma mniej stresu.",
        quotes: ["Patrz na całe otoczenie rodziny: przyjaciół, sąsiadów i krewnych."],
      },
      "stay-close": {
        title: "Bądź blisko",
        body: "Pozwól, żeby historia rodzica i dziecka cię poruszyła. Jako specjalista nie musisz trzymać dystansu. Nie bój się swoich emocji ani emocji drugiej osoby.",
        parentStatement: "Specjalista naprawdę przejmuje się mną i moim dzieckiem.",
        professionalStatement: "Naprawdę przejmuję się rodzicem i dzieckiem.",
        quotes: ["Zapytaj rodzica albo dziecko, co możesz dla nich zrobić."],
      },
      "positive-attitude": {
        title: "Miej pozytywne nastawienie",
        body: "Warunek dobrej współpracy: pozytywne nastawienie do rodziców. Dlatego w rozmowach o rodzicach i opiekunach zachowuj pozytywny ton. Pytaj rodziców, jak według nich idzie rozmowa.",
        parentStatement: "Specjalista rozmawia ze mną w miły, pozytywny sposób.",
        professionalStatement: "Rozmawiam z rodzicem w miły, pozytywny sposób.",
        quotes: ["Uważaj, jak cię odbierają: ważne jest nie tylko co mówisz, ale też jak."],
      },
      "agree-on-shared-goal": {
        // Mirrors the reconstructed Dutch title; the original title is unreadable in the source.
        title: "Ustal wspólny cel",
        body: "Ustal wspólny cel. W czym się zgadzacie, a w czym nie? Ustal też, jak będziecie współpracować. I regularnie oceniaj tę współpracę. Jako specjalista czasem czegoś nie wiesz? Powiedz o tym szczerze. I razem sprawdzajcie i próbujcie różnych rzeczy.",
        parentStatement: "Specjalista i ja razem ustalamy, co chcemy osiągnąć dla mojego dziecka.",
        professionalStatement: "Rodzic i ja razem ustalamy, co chcemy osiągnąć dla dziecka.",
        quotes: ["Rodzice mają prawo być wysłuchani, a specjaliści mają obowiązek słuchać."],
      },
      "own-theme": {
        title: "Chcemy dodać",
        body: "Własny temat, który razem wybieracie i któremu razem nadajecie tytuł.",
        parentStatement: "W tym temacie specjalista i ja dobrze współpracujemy.",
        professionalStatement: "W tym temacie rodzic i ja dobrze współpracujemy.",
        quotes: [],
      },
    },

    partnerships: {
      pedagogical: {
        title: "Partnerstwo wychowawcze",
        body: "Rodzice i specjaliści rozmawiają razem o wychowaniu i o tym, jak radzi sobie dziecko. Tak razem ustalają, czego dziecko potrzebuje w domu i u specjalisty.",
        parentStatement: "Specjalista i ja rozmawiamy razem o wychowaniu mojego dziecka.",
        professionalStatement: "Rodzic i ja rozmawiamy razem o wychowaniu dziecka.",
      },
      didactic: {
        title: "Partnerstwo w nauce",
        body: "Rodzice i specjaliści razem dbają o naukę i rozwój dziecka. Rodzice wiedzą, czego uczy się ich dziecko i jak mogą pomóc w domu.",
        parentStatement: "Specjalista i ja razem pracujemy nad tym, czego uczy się moje dziecko.",
        professionalStatement: "Rodzic i ja razem pracujemy nad tym, czego uczy się dziecko.",
      },
      formal: {
        title: "Partnerstwo formalne",
        body: "Rodzice mają głos i współdecydują o zasadach działania placówki. Na przykład w komitecie rodzicielskim, w radzie rodziców albo w radzie szkoły.",
        parentStatement: "Specjalista mówi mi, jak mogę współdecydować, na przykład w komitecie rodzicielskim.",
        professionalStatement: "Mówię rodzicom, jak mogą współdecydować, na przykład w komitecie rodzicielskim.",
      },
      informal: {
        title: "Partnerstwo nieformalne",
        body: "Rodzice pomagają i biorą udział w wydarzeniach, takich jak wycieczka, impreza albo czytanie dzieciom na głos. Dzięki temu rodzice poznają się i są ze sobą w kontakcie.",
        parentStatement: "Specjalista prosi mnie o pomoc przy wydarzeniach, na przykład przy wycieczce.",
        professionalStatement: "Proszę rodziców o pomoc przy wydarzeniach, na przykład przy wycieczce.",
      },
      societal: {
        title: "Partnerstwo społeczne",
        body: "Rodzice, placówka i inni w okolicy współpracują ze sobą, na przykład biblioteka, klub sportowy albo lokalny zespół pomocy. Razem dbają o to, żeby było to dobre miejsce do dorastania.",
        parentStatement: "Specjalista zaprasza mnie do udziału w wydarzeniach w okolicy.",
        professionalStatement: "Zapraszam rodziców do udziału w wydarzeniach w okolicy.",
      },
    },
  },

  prompts: {
    "twelve-questions": {},
    praatplaat: {
      "how-is-it-for-us": "Jak to wygląda u nas?",
      "how-could-it-be-better": "Jak mogłoby być lepiej?",
      "what-are-we-good-at": "Co już nam dobrze wychodzi?",
      "what-helps-us": "Co pomaga nam (lepiej) współpracować, z dzieckiem i dla dziecka?",
      "next-steps": "Jak możemy razem zaplanować kolejne kroki?",
    },
    partnerships: {},
  },

  // Phases of the relationship after the KPC Groep model: build it, maintain it, close it.
  // Shown to professionals, so every text speaks to the professional ("ty").
  phases: {
    pre: {
      name: "Etap wstępny (voortraject)",
      description:
        "Budujesz relację z rodzicem, na przykład przy pierwszym spotkaniu. Inwestuj w relację, zanim będziesz jej potrzebować. Jeśli już się znacie, razem szukacie dobrych rozwiązań przyjemniej, szybciej i skuteczniej. Jako specjalista zrób pierwszy krok i w ten sposób nadaj ton.",
    },
    main: {
      name: "Etap główny (hoofdtraject)",
      description: "Rozwijasz relację z rodzicem i dbasz o nią, dopóki współpracujecie.",
    },
    post: {
      name: "Etap końcowy (natraject)",
      description:
        "Stopniowo kończysz relację, gdy wasza współpraca dobiega końca: gdy (ostatnie) dziecko odchodzi ze szkoły lub z placówki opieki albo gdy pomoc się kończy.",
    },
  },

  practiceTips: {
    "know-your-parents":
      "Poznaj rodziców, z którymi pracujesz, i dowiedz się, czego chcą. Rozmawiaj z nimi! Słuchaj uważnie i sprawdzaj swoje założenia.",
    "discuss-expectations": "Otwarcie omówcie, czego od siebie nawzajem chcecie i oczekujecie.",
    "dare-to-be-vulnerable": "Odważ się pokazać swoją wrażliwość.",
    "be-approachable": "Zadbaj, żeby rodzice cię znali. Angażuj się i pozwól, żeby łatwo było z tobą porozmawiać.",
    "make-parents-welcome": "Stwórz atmosferę, w której rodzice czują się mile widziani.",
    "trust-is-the-basis": "Zaufanie jest podstawą.",
    "methods-are-no-straitjacket":
      "Nie pozwól, żeby metody oparte na dowodach naukowych stały się sztywnym gorsetem. Najważniejsze są pytania i potrzeby rodziców. Korzystaj przy tym z tego, co już jest i co się sprawdza.",
    "serve-parent-child-bond": "Wszystko, co robisz, powinno służyć relacji między rodzicem a dzieckiem.",
    "connect-parents":
      "Łącz rodziców ze sobą, tak jak na przykład w projekcie Opvoeden doen we samen („Wychowujemy razem”) w Almere. Przedstaw to pozytywnie. Rodzice chętnie rozmawiają o dzieciach i wychowaniu, a nie o problemach wychowawczych. Każdy rodzic czasem ma pytania o wychowanie.",
    "no-role-for-the-neighbour": "Niech specjaliści nie przejmują roli, którą lepiej wypełni sąsiadka.",
    "parents-know-their-child":
      "Rodzice mają bardzo ważne informacje o wychowaniu i rozwoju swoich dzieci. Zadbaj, żeby czuli się wysłuchani.",
    "short-term-results": "Współpracuj przy krótkoterminowych zadaniach, które dają namacalny efekt.",
    "focus-on-the-positive":
      "Skup się na tym, co pozytywne, i zaczynaj od tego, co najłatwiej osiągnąć. Świętuj swoje sukcesy.",
  },
};
