// Translated from nl.ts by the Samenspraak team; not yet checked by a native speaker.
import type { LocaleContent } from "./types";

// Terms, used the same way everywhere: uzman (professional), veli (parent), anlaşma (afspraak),
// sonraki görüşme (volgend gesprek), ifade (uitspraak), konu (thema), ortaklık (partnerschap),
// aşama (fase). The parent and the professional are addressed with the polite "siz" form.
export const tr: LocaleContent = {
  locale: "tr",
  checkedByNativeSpeaker: false,

  instruments: {
    "twelve-questions": {
      name: "Velilerin 12 sorusu",
      summary:
        "Velilerin bir uzmana sorabileceği on iki soru. Birlikte şuna bakarsınız: Veli ile uzman arasındaki iletişim nasıl gidiyor? Bu ilişki eşit bir ilişki gibi hissettiriyor mu?",
      source:
        "Utrechts Kwaliteitskader voor het jonge kind (Utrecht küçük çocuklar için kalite çerçevesi), gemeente Utrecht (Utrecht Belediyesi)",
    },
    praatplaat: {
      name: "Konuşma posteri (praatplaat)",
      summary:
        "Konuşma posteri ile veli ve uzman, iş birliklerini konuşur: çocukla birlikte ve çocuk için. Bunu, çocuğun neye ihtiyacı olduğu hakkındaki görüşmenin yanında yaparsınız. Her biriniz bir konu seçer. Sonra neyin zaten iyi gittiğini ve neyin daha iyi olabileceğini birlikte konuşursunuz.",
      source:
        "Met Andere Ogen, konuşma posteri ‘Als professional en ouder beter samenwerken, met én voor het kind: hoe doe je dat?’ (‘Uzman ve veli olarak daha iyi iş birliği yapmak, çocukla birlikte ve çocuk için: Bu nasıl yapılır?’)",
    },
    partnerships: {
      name: "5 ortaklık modeli",
      summary:
        "Velilerin ve uzmanların birlikte çalıştığı beş yol. Böylece nerede zaten iyi birlikte çalıştığınızı görürsünüz. Farklı ortaklıklar arasında bir denge olup olmadığını da görürsünüz.",
      source: "Stichting Actief Ouderschap (Aktif Ebeveynlik Vakfı), 5 ortaklık modeli",
    },
  },

  // Every instrument has an entry, also when it has no clusters, so lookups never hit undefined.
  clusters: {
    "twelve-questions": {},
    praatplaat: {},
    partnerships: {
      educational: {
        name: "Eğitim ortaklığı",
        description:
          "Çocuğun yetiştirilmesi ve öğrenmesi için birlikte çalışmak. Çocuk yetiştirme ortaklığı ve öğrenme ortaklığı buna dahildir.",
      },
      "parent-participation": {
        name: "Veli katılımı",
        description:
          "Veliler fikirlerini söyler, kararlara katılır ve etkinliklerde yer alır. Resmî ortaklık ve resmî olmayan ortaklık buna dahildir.",
      },
      "active-citizenship": {
        name: "Aktif vatandaşlık",
        description: "Veliler, kurum ve mahalle birlikte çalışır. Toplumsal ortaklık buna dahildir.",
      },
    },
  },

  items: {
    "twelve-questions": {
      "feel-important": {
        title: "Bana önemli olduğumu hissettirir misiniz?",
        parentStatement: "Uzman bana önemli olduğumu hissettiriyor.",
        professionalStatement: "Veliye önemli olduğunu hissettiriyorum.",
      },
      "safe-to-learn": {
        title: "Öğrenirken kendimi güvende hissetmemi sağlar mısınız?",
        parentStatement: "Uzman, öğrenirken kendimi güvende hissetmemi sağlıyor.",
        professionalStatement: "Velinin öğrenirken kendini güvende hissetmesini sağlıyorum.",
      },
      "share-knowledge": {
        title: "Artık kendim bilemediğimde, bilginizi benimle paylaşır mısınız?",
        parentStatement: "Artık kendim bilemediğimde, uzman bana bir şeyleri açıklıyor.",
        professionalStatement: "Veli artık kendisi bilemediğinde, ona bir şeyleri açıklıyorum.",
      },
      "listen-without-judgement": {
        title: "Beni yargılamadan dinler misiniz?",
        parentStatement: "Uzman beni yargılamadan dinliyor.",
        professionalStatement: "Veliyi yargılamadan dinliyorum.",
      },
      "time-to-understand": {
        title: "Sizi iyi anlamam için bana zaman verir misiniz?",
        parentStatement: "Uzman, her şeyi iyi anlamam için bana yeterince zaman veriyor.",
        professionalStatement: "Velinin her şeyi iyi anlaması için ona yeterince zaman veriyorum.",
      },
      "take-me-seriously": {
        title: "Beni ciddiye alır mısınız?",
        parentStatement: "Uzman beni ciddiye alıyor.",
        professionalStatement: "Veliyi ciddiye alıyorum.",
      },
      "respect-my-expertise": {
        // "Deskundigheid" (expertise): said plainly as the parent's knowledge and experience.
        title: "Benim bilgimi ve deneyimimi ciddiye alır mısınız?",
        parentStatement: "Uzman benim bilgimi ve deneyimimi ciddiye alıyor.",
        professionalStatement: "Velinin bilgisini ve deneyimini ciddiye alıyorum.",
      },
      "show-yourself": {
        title: "Sizi de tanımama izin verir misiniz?",
        parentStatement: "Uzman bana kendisi hakkında da bir şeyler anlatıyor.",
        professionalStatement: "Veliye kendim hakkında da bir şeyler anlatıyorum.",
      },
      "take-initiative": {
        title: "İlk adımı siz atar mısınız?",
        parentStatement: "Uzman, iletişimimizde ilk adımı kendisi atıyor.",
        professionalStatement: "Veliyle iletişimde ilk adımı ben atıyorum.",
      },
      "see-what-i-do-well": {
        title: "İyi yaptığım şeyleri de görür müsünüz?",
        parentStatement: "Uzman, iyi yaptığım şeyleri de görüyor.",
        professionalStatement: "Velinin iyi yaptığı şeyleri de görüyorum.",
      },
      "know-what-will-happen": {
        title: "Ne olacağını bilmemi sağlar mısınız?",
        parentStatement: "Uzman, ne olacağını bilmemi sağlıyor.",
        professionalStatement: "Velinin ne olacağını bilmesini sağlıyorum.",
      },
      "remind-me-of-appointments": {
        // A request, not a question, as in the Dutch source. About when we meet, not about agreements.
        title: "Ne zaman randevumuz olduğunu hatırlamama yardım edin.",
        parentStatement: "Uzman, ne zaman görüşeceğimizi hatırlamama yardım ediyor.",
        professionalStatement: "Velinin, ne zaman görüşeceğimizi hatırlamasına yardım ediyorum.",
      },
    },

    praatplaat: {
      "think-from-the-child": {
        title: "Çocuğun gözünden bakın",
        body: "Her çocuk farklıdır. Neyin gerektiğine ve neyin mümkün olduğuna karar vermeden önce çocuğa bakın. Çocuğun çevresindeki bütün duruma da bakın.",
        parentStatement: "Uzman önce çocuğuma ve durumumuza iyice bakıyor.",
        professionalStatement: "Önce çocuğa ve ailenin durumuna iyice bakıyorum.",
        quotes: [],
      },
      "think-in-possibilities": {
        title: "Neyin mümkün olduğunu düşünün",
        body: "Uzman olarak alışılmışın dışında düşünmeye cesaret edin. Çocuk için gerekiyorsa kuralların ötesine geçin. Olanaklara bakın. Bir şeyin olmayacağını hemen söylemeyin.",
        parentStatement: "Uzman benimle birlikte neyin yapılabileceğini arıyor.",
        professionalStatement: "Veliyle birlikte neyin yapılabileceğini arıyorum.",
        quotes: ["Benimle birlikte düşünün, bana karşı değil."],
      },
      "connect-with-parents": {
        title: "Velilerle bağ kurun",
        body: "Anne baba olmak insanı kırılgan yapar. Güvenli bir ortam veliler için çok önemlidir. Ancak o zaman zorlandıkları şeyleri anlatmaya cesaret ederler. Konuşmaya ve bağ kurmaya devam edin, (bir süre) zor olsa bile. Çoğu zaman ideal bir çözüm yoktur. Bu yüzden tavsiyelerinizde çok kesin olmayın.",
        parentStatement: "Uzman, zor şeyleri anlatmaya cesaret edebilmemi sağlıyor.",
        professionalStatement: "Velinin zor şeyleri anlatmaya cesaret edebilmesini sağlıyorum.",
        quotes: ["Her veli farklıdır. Farklılıklara dikkat edin."],
      },
      "involve-children": {
        title: "Çocukları seçimlerinize dahil edin",
        body: "Mümkün olduğunca bütün aileyle birlikte çalışın. Bunu yaparken çocukların gözünden düşünün: Neler yapabiliyorlar? Yetenekleri neler? Çocuklar dünyayı kendi gözleriyle görür. Bu yüzden bir şeyi onlarla nasıl konuşacağınızı iyi düşünün. Yaptığınız seçimlere onları da dahil edin.",
        parentStatement: "Uzman, çocuğuma da ne düşündüğünü soruyor.",
        professionalStatement: "Çocuğa da ne düşündüğünü soruyorum.",
        quotes: ["Bütün aileye ayak uydurun."],
      },
      "recognise-parents-expertise": {
        title: "Velilerin uzmanlığını kabul edin",
        body: "Veliler çocuklarını en iyi tanır. Onlar her zaman çocuğun yanında kalır. Siz uzman olarak sadece bir süreliğine işin içindesiniz. Bu yüzden kendi bilginiz ve becerinizle, velilerle birlikte çocuğa bakın. Bunu yaparken velilerin rolüne saygı gösterin.",
        parentStatement: "Uzman bana çocuğum hakkında neler bildiğimi soruyor.",
        professionalStatement: "Veliye çocuk hakkında neler bildiğini soruyorum.",
        quotes: ["Eşitliğe dikkat edin: Odaya onlarla birlikte girin, onlarla birlikte çıkın."],
      },
      "support-parents": {
        title: "Velilere destek olun",
        body: "Seçim yaparken velilere destek olun. Bunu yaparken çocuğun ve velilerin neye ihtiyacı olduğunu netleştirin. Velilere bağımsız danışan desteği önerin. Bu destek, yol arkadaşları (başka veliler) ya da benzer şeyleri yaşamış deneyimli kişiler olabilir.",
        parentStatement: "Uzman, seçim yapmama yardım ediyor.",
        professionalStatement: "Velinin seçim yapmasına yardım ediyorum.",
        quotes: ["Velinin ve çocuğun yanında durun. Güvenli bir yerde buluşun: evde ya da belki de başka bir yerde."],
      },
      "work-together-for-results": {
        title: "Sonuç için birlikte çalışın",
        body: "İyi bir iş birliği, velilerin daha az stres yaşamasını sağlar. Ayrıca daha iyi, daha uygun ve daha kalıcı çözümler getirir.",
        parentStatement: "Birlikte çalıştığımız için iyi çözümler buluyoruz. Bu sayede daha az stres yaşıyorum.",
        professionalStatement: "Birlikte çalıştığımız için iyi çözümler buluyoruz. Bu sayede veli daha az stres yaşıyor.",
        quotes: ["Ailenin bütün çevresine bakın: arkadaşlara, komşulara ve akrabalara."],
      },
      "stay-close": {
        title: "Yakın olun",
        body: "Velinin ve çocuğun hikâyesinin sizi etkilemesine izin verin. Uzman olarak mesafeli durmak zorunda değilsiniz. Kendi duygularınızdan ya da karşınızdakinin duygularından korkmayın.",
        parentStatement: "Uzman, çocuğumun ve benim yaşadıklarımızı yürekten önemsiyor.",
        professionalStatement: "Velinin ve çocuğun yaşadıklarını yürekten önemsiyorum.",
        quotes: ["Veliye ya da çocuğa, onlar için ne yapabileceğinizi sorun."],
      },
      "positive-attitude": {
        title: "Olumlu bir tutum gösterin",
        body: "İyi bir iş birliğinin bir şartı var: velilere karşı temelde olumlu bir tutum. Bu yüzden veliler ve çocuğa bakan kişiler hakkında konuşurken de olumlu bir dil kullanın. Velilere görüşmenin nasıl gittiğini sorun.",
        parentStatement: "Uzman benimle nazik ve olumlu bir şekilde konuşuyor.",
        professionalStatement: "Veliyle nazik ve olumlu bir şekilde konuşuyorum.",
        quotes: ["Nasıl göründüğünüze dikkat edin. Ne söylediğiniz kadar, nasıl söylediğiniz de önemli."],
      },
      "agree-on-shared-goal": {
        // Mirrors the reconstructed Dutch title; the original title is unreadable in the source.
        title: "Ortak hedef hakkında anlaşma yapın",
        body: "Ortak hedef hakkında anlaşmalar yapın. Hangi konularda aynı fikirdesiniz, hangilerinde değil? Nasıl birlikte çalışacağınız hakkında da anlaşmalar yapın. İş birliğinizi de düzenli olarak değerlendirin. Uzman olarak bir an ne yapacağınızı bilmiyor musunuz? Bunu dürüstçe söyleyin. Birlikte araştırın ve bir şeyler deneyin.",
        parentStatement: "Uzmanla birlikte, çocuğum için neye ulaşmak istediğimiz konusunda anlaşıyoruz.",
        professionalStatement: "Veliyle birlikte, çocuk için neye ulaşmak istediğimiz konusunda anlaşıyoruz.",
        quotes: ["Velilerin söz hakkı, uzmanların da dinleme görevi var."],
      },
      "own-theme": {
        title: "Eklemek istediğimiz konu",
        body: "Birlikte seçtiğiniz ve bir başlık verdiğiniz kendi konunuz.",
        parentStatement: "Bu konuda uzmanla iyi bir iş birliği yapıyoruz.",
        professionalStatement: "Bu konuda veliyle iyi bir iş birliği yapıyoruz.",
        quotes: [],
      },
    },

    partnerships: {
      pedagogical: {
        title: "Çocuk yetiştirme ortaklığı",
        body: "Veliler ve uzmanlar, çocuğun yetiştirilmesini ve çocuğun nasıl olduğunu birlikte konuşur. Böylece çocuğun evde ve uzmanın yanında neye ihtiyacı olduğu konusunda anlaşırlar.",
        parentStatement: "Uzmanla, çocuğumun yetiştirilmesi hakkında birlikte konuşuyoruz.",
        professionalStatement: "Veliyle, çocuğun yetiştirilmesi hakkında birlikte konuşuyoruz.",
      },
      didactic: {
        title: "Öğrenme ortaklığı",
        body: "Veliler ve uzmanlar, çocuğun öğrenmesi ve gelişimi için birlikte çalışır. Veliler çocuklarının ne öğrendiğini ve evde nasıl yardım edebileceklerini bilir.",
        parentStatement: "Uzmanla, çocuğumun öğrendikleri üzerinde birlikte çalışıyoruz.",
        professionalStatement: "Veliyle, çocuğun öğrendikleri üzerinde birlikte çalışıyoruz.",
      },
      formal: {
        title: "Resmî ortaklık",
        body: "Veliler kurumun politikası hakkında fikirlerini söyler ve kararlara katılır. Örneğin veli komitesinde, veli kurulunda ya da katılım kurulunda.",
        parentStatement: "Uzman bana kararlara nasıl katılabileceğimi anlatıyor, örneğin veli komitesinde.",
        professionalStatement: "Velilere kararlara nasıl katılabileceklerini anlatıyorum, örneğin veli komitesinde.",
      },
      informal: {
        title: "Resmî olmayan ortaklık",
        body: "Veliler etkinliklere yardım eder ve katılır. Örneğin bir gezi, bir kutlama ya da çocuklara kitap okuma. Böylece veliler birbirini tanır ve birbiriyle iletişimde olur.",
        parentStatement: "Uzman, etkinliklere yardım etmemi istiyor, örneğin bir gezide.",
        professionalStatement: "Velilerden etkinliklere yardım etmelerini istiyorum, örneğin bir gezide.",
      },
      societal: {
        title: "Toplumsal ortaklık",
        body: "Veliler, kurum ve mahalledeki başkaları birlikte çalışır. Örneğin kütüphane, spor kulübü ya da mahalledeki sosyal destek ekibi. Birlikte, çocukların büyümesi için iyi bir yer oluştururlar.",
        parentStatement: "Uzman beni mahalledeki etkinliklere katılmaya davet ediyor.",
        professionalStatement: "Velileri mahalledeki etkinliklere katılmaya davet ediyorum.",
      },
    },
  },

  prompts: {
    "twelve-questions": {},
    praatplaat: {
      "how-is-it-for-us": "Bizde bu nasıl?",
      "how-could-it-be-better": "Bu nasıl daha iyi olabilir?",
      "what-are-we-good-at": "Neyi zaten iyi yapıyoruz?",
      "what-helps-us": "Çocukla birlikte ve çocuk için (daha iyi) iş birliği yapmamıza ne yardım eder?",
      "next-steps": "Sonraki adımları birlikte nasıl planlayabiliriz?",
    },
    partnerships: {},
  },

  // Phases of the relationship after the KPC Groep model: build it, maintain it, close it.
  // Shown to professionals, so every text speaks to the professional (polite "siz").
  phases: {
    pre: {
      name: "Ön aşama (voortraject)",
      description:
        "Veliyle ilişkiyi kurarsınız, örneğin tanışırken. İlişkiye ihtiyacınız olmadan önce ilişkiye emek verin. Birbirinizi zaten tanıyorsanız, iyi çözümler için daha rahat, daha hızlı ve daha verimli birlikte çalışırsınız. Uzman olarak ilk adımı siz atın. Böylece ilişkinin havasını da siz belirlersiniz.",
    },
    main: {
      name: "Ana aşama (hoofdtraject)",
      description: "Birlikte çalıştığınız sürece veliyle ilişkiyi geliştirir ve sürdürürsünüz.",
    },
    post: {
      name: "Kapanış aşaması (natraject)",
      description:
        "İş birliğiniz sona ererken ilişkiyi yavaş yavaş sonlandırırsınız: (son) çocuk okuldan ya da kreşten ayrıldığında veya yardım bittiğinde.",
    },
  },

  practiceTips: {
    "know-your-parents":
      "Velilerinizin kim olduğunu ve ne istediklerini bilin. Onlarla konuşun! İyi dinleyin ve varsayımlarınızı kontrol edin.",
    "discuss-expectations": "Birbirinizden ne dilediğinizi ve ne beklediğinizi açıkça konuşun.",
    "dare-to-be-vulnerable": "Kırılgan yanınızı göstermeye cesaret edin.",
    "be-approachable": "Velilerin sizi tanımasını sağlayın. İlgili ve kolay ulaşılabilir olun.",
    "make-parents-welcome": "Velilerin kendilerini hoş karşılanmış hissettiği bir ortam oluşturun.",
    "trust-is-the-basis": "Güven her şeyin temelidir.",
    "methods-are-no-straitjacket":
      "Kanıta dayalı yöntemlerin sizi sıkıştıran katı bir kalıba dönüşmesine izin vermeyin. Velilerin sorusu ve ihtiyacı en önemlisidir. Bunu yaparken var olanı ve işe yaradığı görüleni kullanın.",
    "serve-parent-child-bond": "Yaptığınız her şey, veli ile çocuk arasındaki ilişkiye fayda sağlamalıdır.",
    "connect-parents":
      "Velileri birbirleriyle tanıştırın. Örneğin Almere'deki Opvoeden doen we samen (Çocukları birlikte yetiştiriyoruz) projesinde olduğu gibi. Bunu olumlu bir şekilde sunun. Veliler çocuklar ve çocuk yetiştirme hakkında konuşmayı sever, yetiştirme sorunları hakkında değil. Her veli, çocuk yetiştirirken ara sıra sorularla karşılaşır.",
    "no-role-for-the-neighbour": "Uzmanlar, komşunun daha iyi üstlenebileceği bir rolü üstlenmesin.",
    "parents-know-their-child":
      "Veliler, çocuklarının yetiştirilmesi ve gelişimi hakkında çok önemli bilgilere sahiptir. Seslerinin duyulduğunu hissetmelerini sağlayın.",
    "short-term-results": "Somut bir sonucu olan kısa vadeli işler üzerinde birlikte çalışın.",
    "focus-on-the-positive": "Olumlu olana odaklanın ve kolay kazanımları hedefleyin. Başarılarınızı kutlayın.",
  },
};
