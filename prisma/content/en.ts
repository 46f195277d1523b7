import type { LocaleContent } from "./types";

// Translated from nl.ts; not yet checked by a native speaker.
export const en: LocaleContent = {
  locale: "en",
  checkedByNativeSpeaker: false,

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
        "With the conversation poster, parent and professional talk about how they work together, with and for the child. You do this beside the conversation about what the child needs. Each of you picks a theme, and together you discuss what already goes well and what could be better.",
      source:
        "Met Andere Ogen, conversation poster ‘Als professional en ouder beter samenwerken, met én voor het kind: hoe doe je dat?’ (‘Professionals and parents working together better, with and for the child: how do you do that?’)",
    },
    partnerships: {
      name: "The 5 partnerships model",
      summary:
        "Five ways in which parents and professionals work together. It shows where you already work together well, and whether there is a balance between the partnerships.",
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
          "Working together on raising the child and on the child's learning. This covers the parenting (pedagogisch) and the learning (didactisch) partnership.",
      },
      "parent-participation": {
        name: "Parent participation",
        description:
          "Parents have their say, help decide and take part. This covers the formal and the informal partnership.",
      },
      "active-citizenship": {
        name: "Active citizenship",
        description: "Parents, the organisation and the neighbourhood work together. This covers the community partnership.",
      },
    },
  },

  items: {
    "twelve-questions": {
      "feel-important": {
        title: "Will you show me that I matter?",
        parentStatement: "The professional shows me that I matter.",
        professionalStatement: "I show the parent that he or she matters.",
      },
      "safe-to-learn": {
        title: "Will you make sure I feel safe to learn?",
        parentStatement: "The professional makes sure I feel safe to learn.",
        professionalStatement: "I make sure the parent feels safe to learn.",
      },
      "share-knowledge": {
        title: "Will you share your knowledge with me when I can no longer work it out myself?",
        parentStatement: "The professional explains things to me when I can no longer work it out myself.",
        professionalStatement: "I explain things to the parent when he or she can no longer work it out.",
      },
      "listen-without-judgement": {
        title: "Will you listen to me without judging?",
        parentStatement: "The professional listens to me without judging.",
        professionalStatement: "I listen to the parent without judging.",
      },
      "time-to-understand": {
        title: "Will you give me the time to understand you properly?",
        parentStatement: "The professional gives me enough time to understand everything properly.",
        professionalStatement: "I give the parent enough time to understand everything properly.",
      },
      "take-me-seriously": {
        title: "Will you take me seriously?",
        parentStatement: "The professional takes me seriously.",
        professionalStatement: "I take the parent seriously.",
      },
      "respect-my-expertise": {
        title: "Will you take my expertise seriously?",
        parentStatement: "The professional takes my knowledge and experience seriously.",
        professionalStatement: "I take the parent's knowledge and experience seriously.",
      },
      "show-yourself": {
        title: "Will you show who you are, too?",
        parentStatement: "The professional also tells me something about himself or herself.",
        professionalStatement: "I also tell the parent something about myself.",
      },
      "take-initiative": {
        title: "Will you take the initiative?",
        parentStatement: "The professional takes the initiative in our contact themselves.",
        professionalStatement: "I take the initiative in my contact with the parent.",
      },
      "see-what-i-do-well": {
        title: "Will you also notice what I do well?",
        parentStatement: "The professional also notices what I do well.",
        professionalStatement: "I also notice what the parent does well.",
      },
      "know-what-will-happen": {
        title: "Will you make sure I know what is going to happen?",
        parentStatement: "The professional makes sure I know what is going to happen.",
        professionalStatement: "I make sure the parent knows what is going to happen.",
      },
      "remind-me-of-appointments": {
        // A request, not a question, as in the Dutch source. About when we meet, not about agreements.
        title: "Help me remember when we have an appointment.",
        parentStatement: "The professional helps me remember when we meet.",
        professionalStatement: "I help the parent remember when we meet.",
      },
    },

    praatplaat: {
      "think-from-the-child": {
        title: "Start from the child",
        body: "Every child is different. Look at the child and look at the whole situation around the child before you decide what is needed and what is possible.",
        parentStatement: "The professional first looks carefully at my child and our situation.",
        professionalStatement: "I first look carefully at the child and the family's situation.",
        quotes: [],
      },
      "think-in-possibilities": {
        title: "Think in possibilities",
        body: "As a professional, dare to think outside the box and to go beyond the rules when the child needs it. Look at what is possible and don't be too quick to say that something can't be done.",
        parentStatement: "The professional looks with me for what is possible.",
        professionalStatement: "I look with the parent for what is possible.",
        quotes: ["Think along with me, not against me."],
      },
      "connect-with-parents": {
        title: "Seek connection with parents",
        body: "Being a parent makes you vulnerable. A safe atmosphere is very important for parents. Only then do they dare to say what they are struggling with. Keep talking and stay connected, even when this is difficult (for a while). There often is no ideal solution, so don't be too firm in your advice.",
        parentStatement: "The professional makes sure I dare to say what is difficult.",
        professionalStatement: "I make sure the parent dares to say what is difficult.",
        quotes: ["Every parent is different. Pay attention to the differences."],
      },
      "involve-children": {
        title: "Involve children in your choices",
        body: "Work together with the whole family as much as you can. And think from the children's point of view: what can they do? Where do their talents lie? Children see the world through their own eyes. So think carefully about how you discuss things with them, and involve them in the choices you make.",
        parentStatement: "The professional also asks my child what he or she thinks.",
        professionalStatement: "I also ask the child what he or she thinks.",
        quotes: ["Move along with the whole family."],
      },
      "recognise-parents-expertise": {
        title: "Recognise parents' expertise",
        body: "Parents know their children best. They are always there; as a professional you are only involved for a while. So use your knowledge and skills to look at the child together with the parents, and respect their role.",
        parentStatement: "The professional asks me what I know about my child.",
        professionalStatement: "I ask the parent what he or she knows about the child.",
        quotes: ["Pay attention to equality: walk in and out of the room together with them."],
      },
      "support-parents": {
        title: "Offer parents support",
        body: "Support parents in making choices. Make clear what the child and the parents need. Offer parents independent client support, in the form of buddies (other parents) or peer experts with lived experience.",
        parentStatement: "The professional helps me make choices.",
        professionalStatement: "I help the parent make choices.",
        quotes: [
          "Stand beside the parent and the child. Meet in a safe place: at home, or somewhere else instead.",
        ],
      },
      "work-together-for-results": {
        title: "Work together for results",
        body: "Good collaboration leads to less stress for parents. And to better, more suitable and more lasting solutions.",
        parentStatement: "Because we work together, we find good solutions. That gives me less stress.",
        professionalStatement: "Because we work together, we find good solutions. That gives the parent less stress.",
        quotes: ["Look at the whole world around the family: friends, neighbours and relatives."],
      },
      "stay-close": {
        title: "Stay close",
        body: "Let yourself be moved by the story of the parent and the child. As a professional you don't have to keep your distance. Don't be afraid of your own emotions or those of the other person.",
        parentStatement: "The professional cares about what my child and I go through.",
        professionalStatement: "I care about what the parent and the child go through.",
        quotes: ["Ask the parent or child what you can do for them."],
      },
      "positive-attitude": {
        title: "Have a positive attitude",
        body: "A condition for good collaboration: a positive basic attitude towards parents. So keep the tone positive when you talk about parents and carers. Ask parents how they feel the conversation is going.",
        parentStatement: "The professional talks with me in a friendly, positive way.",
        professionalStatement: "I talk with the parent in a friendly, positive way.",
        quotes: ["Mind how you come across: it's not what you say but how you say it."],
      },
      "agree-on-shared-goal": {
        // Mirrors the reconstructed Dutch title; the original title is unreadable in the source.
        title: "Make agreements about the shared goal",
        body: "Make agreements about your shared goal. What do you agree on and what not? Also agree on how you will work together, and review the collaboration regularly. As a professional, are you not sure for a moment? Be honest about it. And explore and try things out together.",
        parentStatement: "The professional and I agree together on what we want to achieve for my child.",
        professionalStatement: "The parent and I agree together on what we want to achieve for the child.",
        quotes: ["Parents have the right to be heard, and professionals the duty to listen."],
      },
      "own-theme": {
        title: "We want to add",
        body: "A theme of your own that you choose together and give a title.",
        parentStatement: "On this theme, the professional and I work well together.",
        professionalStatement: "On this theme, the parent and I work well together.",
        quotes: [],
      },
    },

    partnerships: {
      pedagogical: {
        // "Pedagogical" means teaching in English; the Dutch "pedagogisch" is about raising a child.
        title: "Parenting partnership (pedagogisch)",
        body: "Parents and professionals talk together about raising the child and about how the child is doing. That way they agree on what the child needs, at home and with the professional.",
        parentStatement: "The professional and I talk together about raising my child.",
        professionalStatement: "The parent and I talk together about raising the child.",
      },
      didactic: {
        title: "Learning partnership (didactisch)",
        body: "Parents and professionals work together on the child's learning and development. Parents know what their child is learning and how they can help at home.",
        parentStatement: "The professional and I work together on what my child learns.",
        professionalStatement: "The parent and I work together on what the child learns.",
      },
      formal: {
        title: "Formal partnership",
        body: "Parents have their say and help decide on policy, for example in the parents' committee, the parents' council or the participation council.",
        parentStatement: "The professional tells me how I can help decide, for example in the parents' committee.",
        professionalStatement: "I tell parents how they can help decide, for example in the parents' committee.",
      },
      informal: {
        title: "Informal partnership",
        body: "Parents help out and take part in activities, such as an outing, a party or reading aloud. That way parents get to know each other and stay in touch.",
        parentStatement: "The professional asks me to help out with activities, such as an outing.",
        professionalStatement: "I ask parents to help out with activities, such as an outing.",
      },
      societal: {
        title: "Community partnership (maatschappelijk)",
        body: "Parents, the organisation and others in the neighbourhood work together, such as the library, the sports club or the local social team. Together they make it a good place to grow up.",
        parentStatement: "The professional invites me to take part in activities in the neighbourhood.",
        professionalStatement: "I invite parents to take part in activities in the neighbourhood.",
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
        "You build the relationship with the parent, for example when you first meet. Invest in the relationship before you need it. If you already know each other, you work together on good solutions more pleasantly, more quickly and more efficiently. As a professional, take the first step, and so set the tone.",
    },
    main: {
      name: "Main phase (hoofdtraject)",
      description: "You develop the relationship with the parent and maintain it, for as long as you work together.",
    },
    post: {
      name: "Closing phase (natraject)",
      description:
        "You wind down the relationship by the time your collaboration ends: when the (last) child leaves the school or childcare, or when the help is finished.",
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
      "Bring parents into contact with each other, as happens for example in the Almere project Opvoeden doen we samen (We raise children together). Keep it positive. Parents like to talk about children and raising them, not about parenting problems. Every parent runs into questions about raising children now and then.",
    "no-role-for-the-neighbour": "Don't let professionals take on a role that the neighbour could fill better.",
    "parents-know-their-child":
      "Parents have very important information about their children's upbringing and development. Make sure they feel heard.",
    "short-term-results": "Work together on short-term products with a tangible result.",
    "focus-on-the-positive": "Focus on the positive and go for the low-hanging fruit. Celebrate your successes.",
  },
};
