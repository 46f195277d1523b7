import type { Database } from "@/lib/prisma-client";
import { contentLocales, contentStructure, instrumentContentHash } from "../content";
import type { InstrumentStructure } from "../content/types";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Loads the three instruments, the phases and the practice tips. Idempotent: a second run finds
 * every version by its content hash and rewrites identical texts, so nothing changes. Changed
 * Dutch source text publishes a new instrument version; old ratings keep pointing at the old one.
 */
export async function seedContent(db: Database): Promise<void> {
  for (const [position, instrument] of contentStructure.instruments.entries()) {
    await db.$transaction((tx) => seedInstrument(tx, instrument, position), { timeout: 60_000 });
  }
  await db.$transaction((tx) => seedPhasesAndTips(tx), { timeout: 60_000 });
}

async function seedInstrument(tx: Tx, structure: InstrumentStructure, position: number) {
  const instrument = await tx.instrument.upsert({
    where: { key: structure.key },
    create: { key: structure.key, position },
    update: { position },
  });
  const contentHash = instrumentContentHash(structure);
  const latest = await tx.instrumentVersion.findFirst({
    where: { instrumentId: instrument.id },
    orderBy: { version: "desc" },
  });
  const version =
    latest && latest.contentHash === contentHash
      ? latest
      : await publishVersion(tx, instrument.id, (latest?.version ?? 0) + 1, contentHash, structure);
  await upsertInstrumentTexts(tx, version.id, structure);
}

async function publishVersion(
  tx: Tx,
  instrumentId: string,
  versionNumber: number,
  contentHash: string,
  structure: InstrumentStructure,
) {
  const version = await tx.instrumentVersion.create({
    data: {
      instrumentId,
      version: versionNumber,
      contentHash,
      clusters: { create: structure.clusters.map(({ key }, position) => ({ key, position })) },
      prompts: { create: structure.promptKeys.map((key, position) => ({ key, position })) },
    },
    include: { clusters: true },
  });
  const clusterIds = new Map(version.clusters.map((cluster) => [cluster.key, cluster.id]));
  await tx.item.createMany({
    data: structure.items.map((item, position) => ({
      instrumentVersionId: version.id,
      key: item.key,
      position,
      kind: item.kind,
      clusterId: item.clusterKey ? clusterIds.get(item.clusterKey) : null,
      reconstructed: item.reconstructed ?? false,
      quotePlacementReconstructed: item.quotePlacementReconstructed ?? false,
    })),
  });
  return version;
}

async function upsertInstrumentTexts(tx: Tx, versionId: string, structure: InstrumentStructure) {
  const [clusters, items, prompts] = await Promise.all([
    tx.cluster.findMany({ where: { instrumentVersionId: versionId } }),
    tx.item.findMany({ where: { instrumentVersionId: versionId } }),
    tx.prompt.findMany({ where: { instrumentVersionId: versionId } }),
  ]);
  for (const content of contentLocales) {
    const { locale, checkedByNativeSpeaker } = content;
    const meta = { locale, checkedByNativeSpeaker };
    const instrumentText = { ...content.instruments[structure.key], ...meta };
    await tx.instrumentText.upsert({
      where: { instrumentVersionId_locale: { instrumentVersionId: versionId, locale } },
      create: { instrumentVersionId: versionId, ...instrumentText },
      update: instrumentText,
    });
    for (const cluster of clusters) {
      const text = { ...content.clusters[structure.key][cluster.key], ...meta };
      await tx.clusterText.upsert({
        where: { clusterId_locale: { clusterId: cluster.id, locale } },
        create: { clusterId: cluster.id, ...text },
        update: text,
      });
    }
    for (const item of items) {
      const source = content.items[structure.key][item.key];
      const text = { ...source, body: source.body ?? null, quotes: source.quotes ?? [], ...meta };
      await tx.itemText.upsert({
        where: { itemId_locale: { itemId: item.id, locale } },
        create: { itemId: item.id, ...text },
        update: text,
      });
    }
    for (const prompt of prompts) {
      const text = { text: content.prompts[structure.key][prompt.key], ...meta };
      await tx.promptText.upsert({
        where: { promptId_locale: { promptId: prompt.id, locale } },
        create: { promptId: prompt.id, ...text },
        update: text,
      });
    }
  }
}

async function seedPhasesAndTips(tx: Tx) {
  for (const [position, key] of contentStructure.phaseKeys.entries()) {
    const phase = await tx.phase.upsert({ where: { key }, create: { key, position }, update: { position } });
    for (const { locale, checkedByNativeSpeaker, phases } of contentLocales) {
      const text = { ...phases[key], locale, checkedByNativeSpeaker };
      await tx.phaseText.upsert({
        where: { phaseId_locale: { phaseId: phase.id, locale } },
        create: { phaseId: phase.id, ...text },
        update: text,
      });
    }
  }
  for (const [position, key] of contentStructure.practiceTipKeys.entries()) {
    const tip = await tx.practiceTip.upsert({ where: { key }, create: { key, position }, update: { position } });
    for (const { locale, checkedByNativeSpeaker, practiceTips } of contentLocales) {
      const text = { text: practiceTips[key], locale, checkedByNativeSpeaker };
      await tx.practiceTipText.upsert({
        where: { tipId_locale: { tipId: tip.id, locale } },
        create: { tipId: tip.id, ...text },
        update: text,
      });
    }
  }
}
