// Read-aloud with the browser's own speech synthesis: no external service, nothing sent anywhere.

export interface VoiceLike {
  lang: string;
  name: string;
  localService?: boolean;
  default?: boolean;
}

/** The best voice for a language ("tr", "ar"…): an exact language match, on-device and default first. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = lang.toLowerCase();
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === wanted);
  const score = (voice: V) => (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return [...matching].sort((a, b) => score(b) - score(a))[0];
}

/** The device's voices; some browsers fill the list only after a moment. */
export function loadVoices(synth: SpeechSynthesis, waitMs = 1_000): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener("voiceschanged", done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener("voiceschanged", done);
  });
}

/** Speaks the text in the language, if the device has a voice for it; false when it has none. */
export async function speak(text: string, lang: string): Promise<boolean> {
  const synth = window.speechSynthesis;
  const voice = pickVoice(await loadVoices(synth), lang);
  if (!voice) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  utterance.voice = voice;
  synth.cancel();
  synth.speak(utterance);
  return true;
}

export function canSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && typeof SpeechSynthesisUtterance !== "undefined";
}
