import type { LocaleContent } from "./types";

// Translated from nl.ts; not yet checked by a native speaker.
export const en: LocaleContent = {
  locale: "en",
  reviewedByNativeSpeaker: false,

  instruments: {
    "twelve-questions": {
      name: "The 12 questions of parents",
      summary:
        "Twelve questions parents can ask a professional. Together you look at how the contact between parent and professional is going and whether it feels equal.",
      source: "Utrecht Quality Framework for Young Children (Utrechts Kwaliteitskader voor het jonge kind), Municipality of Utrecht",
    },
    praatplaat: {
      name: "Conversation poster (praatplaat)",
      summary:
        "A conversation poster for parents and professionals to talk together about how they work together, with and for the child. Each of you picks a topic, and you discuss what already goes well and what could be better.",
      source:
        "Met Andere Ogen (NJi), conversation poster 'Als professional en ouder beter samenwerken, met én voor het kind: hoe doe je dat?' ('Professionals and parents working together better, with and for the child: how do you do that?') (2022)",
    },
    partnerships: {
      name: "The 5 partnerships model",
      summary:
        "Five ways in which parents and professionals work together. It shows where you already work together well and whether there is a good balance between the partnerships.",
      source: "Stichting Actief Ouderschap (Active Parenthood Foundation), the 5 partnerships model",
    },
  },

  // Every instrument has an entry, also when it has no clusters, so lookups never hit undefined.
  clusters: {
    "twelve-questions": {},
    praatplaat: {},
    partnerships: {
      educational: {
        name: "Educational partnership",
        description:
          "Working together on the upbringing, learning and development of the child. This covers the pedagogical and the didactic partnership.",
      },
      "parent-participation": {
        name: "Parent participation",
        description:
          "Parents have their say, help decide and take part. This covers the formal and the informal partnership.",
      },
      "active-citizenship": {
        name: "Active citizenship",
        description: "Contributing together to the neighbourhood and to society. This covers the societal partnership.",
      },
    },
  },

  items: {
    "twelve-questions": {
      "feel-important": {
        title: "Will you show me that I matter?",
        parentPrompt: "The professional shows me that I matter.",
        professionalPrompt: "I show the parent that he or she matters.",
      },
      "safe-to-learn": {
        title: "Will you make sure I feel safe to learn?",
        parentPrompt: "The professional makes sure I feel safe to learn.",
        professionalPrompt: "I make sure the parent feels safe to learn.",
      },
      "share-knowledge": {
        title: "Will you share your knowledge with me when I no longer know myself?",
        parentPrompt: "The professional shares knowledge with me when I no longer know myself.",
        professionalPrompt: "I share my knowledge with the parent when he or she no longer knows.",
      },
      "listen-without-judgement": {
        title: "Will you listen to me without judging?",
        parentPrompt: "The professional listens to me without judging.",
        professionalPrompt: "I listen to the parent without judging.",
      },
      "time-to-understand": {
        title: "Will you give me the time to understand you properly?",
        parentPrompt: "The professional gives me the time to understand him or her properly.",
        professionalPrompt: "I give the parent the time to understand me properly.",
      },
      "take-me-seriously": {
        title: "Will you take me seriously?",
        parentPrompt: "The professional takes me seriously.",
        professionalPrompt: "I take the parent seriously.",
      },
      "respect-my-expertise": {
        title: "Will you take my expertise seriously?",
        parentPrompt: "The professional takes my knowledge and experience seriously.",
        professionalPrompt: "I take the parent's knowledge and experience seriously.",
      },
      "show-yourself": {
        title: "Will you show who you are, too?",
        parentPrompt: "The professional also shows who he or she is, as a person.",
        professionalPrompt: "I also show who I am, as a person.",
      },
      "take-initiative": {
        title: "Will you take the initiative?",
        parentPrompt: "The professional takes the initiative in our contact.",
        professionalPrompt: "I take the initiative in my contact with the parent.",
      },
      "see-what-i-do-well": {
        title: "Will you also notice what I do well?",
        parentPrompt: "The professional also notices what I do well.",
        professionalPrompt: "I also notice what the parent does well.",
      },
      "know-what-will-happen": {
        title: "Will you make sure I know what is going to happen?",
        parentPrompt: "The professional makes sure I know what is going to happen.",
        professionalPrompt: "I make sure the parent knows what is going to happen.",
      },
      "remind-me-of-appointments": {
        // A request, not a question, as in the Dutch source.
        title: "Help me remember when we have an appointment.",
        parentPrompt: "The professional helps me remember our appointments.",
        professionalPrompt: "I help the parent remember our appointments.",
      },
    },

    praatplaat: {
      "think-from-the-child": {
        title: "Think from the child",
        body: "Every child is different. Look at the child and look at the whole situation around the child before you decide what is needed and what is possible.",
        parentPrompt: "The professional thinks from my child's point of view.",
        professionalPrompt: "I think from the child's point of view.",
        quotes: ["Look at the whole world around the family: friends, neighbours and relatives."],
      },
      "think-in-possibilities": {
        title: "Think in possibilities",
        body: "As a professional, dare to think outside the box and to go beyond the rules when the child needs it. Look at what is possible and don't be too quick to say that something can't be done.",
        parentPrompt: "The professional looks at what is possible and is not too quick to say something can't be done.",
        professionalPrompt: "I look at what is possible and am not too quick to say something can't be done.",
        quotes: ["Think along with me, not against me."],
      },
      "connect-with-parents": {
        title: "Seek connection with parents",
        body: "Being a parent makes you vulnerable. A safe atmosphere is very important for parents. Only then do they dare to say what they are struggling with. Keep talking and stay connected, even when this is difficult (for a while). There often is no ideal solution, so don't be too firm in your advice.",
        parentPrompt: "The professional creates a safe atmosphere, so I dare to say what I am struggling with.",
        professionalPrompt:
          "I create a safe atmosphere, so the parent dares to say what he or she is struggling with.",
        quotes: ["Every parent is different. Pay attention to the differences."],
      },
      "involve-children": {
        title: "Involve children in your choices",
        body: "Work together with the whole family as much as you can. And think from the children's point of view: what can they do? Where do their talents lie? Children see the world through their own eyes. So think carefully about how you discuss things with them, and involve them in the choices you make.",
        parentPrompt: "The professional involves my child in the choices.",
        professionalPrompt: "I involve the child in the choices.",
        quotes: ["Move along with the whole family."],
      },
      "recognise-parents-expertise": {
        title: "Recognise parents' expertise",
        body: "Parents know their children best. They are always there; as a professional you are only involved for a while. So use your knowledge and skills to look at the child together with the parents, and respect their role.",
        parentPrompt: "The professional recognises that I know my child best.",
        professionalPrompt: "I recognise that the parent knows the child best.",
        quotes: ["Pay attention to equality: walk in and out of the room together with them."],
      },
      "support-parents": {
        title: "Offer parents support",
        body: "Support parents in making choices. Make clear what the child and the parents need. Offer parents independent client support, in the form of buddies (other parents) or peer experts with lived experience.",
        parentPrompt: "The professional supports me in making choices.",
        professionalPrompt: "I support the parent in making choices.",
        quotes: [
          "Stand beside the parent and the child. Meet in a safe place: at home, or somewhere else instead.",
        ],
      },
      "work-together-for-results": {
        title: "Work together for results",
        body: "Good collaboration leads to less stress for parents. And to better, more suitable and more lasting solutions.",
        parentPrompt: "Because we work together, there are good solutions for my child.",
        professionalPrompt: "Because we work together, there are good solutions for the child.",
        quotes: [],
      },
      "stay-close": {
        title: "Stay close",
        body: "Let yourself be moved by the story of the parent and the child. As a professional you don't have to keep your distance. Don't be afraid of your own emotions or those of the other person.",
        parentPrompt: "The professional lets himself or herself be moved by the story of my child and me.",
        professionalPrompt: "I let myself be moved by the story of the parent and the child.",
        quotes: ["Ask the parent or child what you can do for them."],
      },
      "positive-attitude": {
        title: "Have a positive attitude",
        body: "A condition for good collaboration: a positive basic attitude towards parents. So keep the tone positive when you talk about parents and carers. Ask parents how they feel the conversation is going.",
        parentPrompt: "The professional has a positive attitude towards me.",
        professionalPrompt: "I have a positive attitude towards the parent.",
        quotes: ["Mind how you come across: it's not what you say but how you say it."],
      },
      "agree-on-shared-goal": {
        // Mirrors the reconstructed Dutch title; the original title is unreadable in the source.
        title: "Make agreements together about the goal",
        body: "Make agreements about your shared goal. What do you agree on and what not? Also agree on how you will work together, and review the collaboration regularly. As a professional, are you not sure for a moment? Be honest about it. And explore and try things out together.",
        parentPrompt:
          "The professional and I make agreements together about the goal and regularly discuss how our collaboration is going.",
        professionalPrompt:
          "The parent and I make agreements together about the goal and regularly discuss how our collaboration is going.",
        quotes: ["Parents have the right to be heard, and professionals the duty to listen."],
      },
      "own-theme": {
        title: "We want to add",
        body: "A topic of your own that you choose together and give a title.",
        parentPrompt: "This topic goes well between the professional and me.",
        professionalPrompt: "This topic goes well between the parent and me.",
        quotes: [],
      },
    },

    partnerships: {
      pedagogical: {
        title: "Pedagogical partnership",
        body: "Parents and professionals talk together about upbringing and about how the child is doing. That way they agree on what the child needs, at home and at childcare or school.",
        parentPrompt: "The professional and I talk together about upbringing and about how my child is doing.",
        professionalPrompt: "The parent and I talk together about upbringing and about how the child is doing.",
      },
      didactic: {
        title: "Didactic partnership",
        body: "Parents and professionals work together on the child's learning and development. Parents know what their child is learning and how they can help at home.",
        parentPrompt: "The professional and I work together on my child's learning and development.",
        professionalPrompt: "The parent and I work together on the child's learning and development.",
      },
      formal: {
        title: "Formal partnership",
        body: "Parents have their say and help decide on policy, for example in the parents' committee, the parents' council or the participation council.",
        parentPrompt: "I can have my say and help decide, for example through the parents' committee or the parents' council.",
        professionalPrompt:
          "I make sure parents can have their say and help decide, for example through the parents' committee or the parents' council.",
      },
      informal: {
        title: "Informal partnership",
        body: "Parents help out and take part in activities, such as an outing, a party or reading aloud. That way parents get to know each other and stay in touch.",
        parentPrompt: "I can help out and take part in activities, and I am in touch with other parents.",
        professionalPrompt: "I make sure parents can help out and take part in activities, and get to know each other.",
      },
      societal: {
        title: "Societal partnership",
        body: "Parents, children and professionals contribute together to the neighbourhood and to society. That way children learn what taking part in society means: active citizenship.",
        parentPrompt: "Together with the childcare or school, I can do something for the neighbourhood.",
        professionalPrompt: "I involve parents in what we do together for the neighbourhood.",
      },
    },
  },

  prompts: {
    "twelve-questions": {},
    praatplaat: {
      "how-is-it-for-us": "How is this for us?",
      "how-could-it-be-better": "How could this be better?",
      "what-are-we-good-at": "What are we already good at?",
      "what-helps-us": "What helps us to work together (better), with and for the child?",
      "next-steps": "How can we shape the next steps in this together?",
    },
    partnerships: {},
  },

  // Phases of the relationship after the KPC Groep model: build it, maintain it, close it.
  phases: {
    pre: {
      name: "Pre-phase (voortraject)",
      description:
        "You build the relationship, for example when you first meet. Invest in the relationship before you need it. If you already know each other, you will later work together on good solutions more pleasantly and more quickly. As a professional, take the first step, and so set the tone.",
    },
    main: {
      name: "Main phase (hoofdtraject)",
      description:
        "You develop the relationship and maintain it for as long as the child is with you. Keep talking with each other, also when things go well.",
    },
    post: {
      name: "Closing phase (natraject)",
      description:
        "You wind down the relationship by the time the (last) child leaves. Close it well, together.",
    },
  },

  practiceTips: {
    "know-your-parents": "Know who your parents are and what they want. Talk to them! Listen carefully and check your assumptions.",
    "discuss-expectations": "Discuss openly what you wish for and expect from each other.",
    "dare-to-be-vulnerable": "Dare to show your vulnerability.",
    "be-approachable": "Make sure parents know you; be involved and approachable.",
    "make-parents-welcome": "Create an atmosphere in which parents feel welcome.",
    "trust-is-the-basis": "Trust is the basis.",
    "methods-are-no-straitjacket":
      "Don't let evidence-based methods become a rigid straitjacket. The questions and needs of parents come first. Make use of what is there and what turns out to work.",
    "serve-parent-child-bond": "Everything you do should benefit the relationship between parent and child.",
    "connect-parents":
      "Bring parents into contact with each other, as in the Almere project Opvoeden doe je samen (Raising children together). Keep it positive. Parents like to talk about children and raising them, not about parenting problems. Every parent runs into questions about raising children now and then.",
    "no-role-for-the-neighbour": "Don't let professionals take on a role that the neighbour could fill better.",
    "parents-know-their-child":
      "Parents have very important information about their children's upbringing and development. Make sure they feel heard.",
    "short-term-results": "Work together on short-term products with a tangible result.",
    "focus-on-the-positive": "Focus on the positive and go for the low-hanging fruit. Celebrate your successes.",
  },
};
