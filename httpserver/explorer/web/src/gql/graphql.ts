/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A source text to store. */
export type DocumentInput = {
  /** zh-Hans, zh-Hant or en. */
  language: string;
  /** Publication date (ISO 8601, partial allowed). */
  published?: string | null | undefined;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** The whole text (at most 1,000,000 characters); citations are spans of it. */
  text: string;
  /** Whether anonymous callers may read the whole text (default false). */
  textPublic?: boolean | null | undefined;
  /** Title (1–500 characters). */
  title: string;
  /** Where it was published (http or https). */
  url?: string | null | undefined;
};

/** Kinds of entity. Each is also a Neo4j label. */
export type EntityKind =
  /** An event: a conference, an expo, a listing. */
  | 'EVENT'
  /** A facility: a campus, a data centre, a supercomputer. */
  | 'FACILITY'
  /** A fund. */
  | 'FUND'
  /** A company, government body, university, investor, … */
  | 'ORGANIZATION'
  /** A person. */
  | 'PERSON'
  /** A place: a city, district, country, region or market. */
  | 'PLACE'
  /** A policy document or initiative: a policy address, a budget, a designation. */
  | 'POLICY'
  /** A programme or scheme (incubation, acceleration, subsidy). */
  | 'PROGRAMME';

/** Whether a relationship holds now, is only announced or planned, or has ended. */
export type FactStatus =
  /** In place. */
  | 'CURRENT'
  /** No longer holds (its endDate has passed, or a source says it ended). */
  | 'ENDED'
  /** Announced or planned, not yet in place (将设立, 计划打造). */
  | 'PLANNED';

/** The stage of an investment. */
export type FundingRound =
  /** Angel. */
  | 'ANGEL'
  /** A grant (non-dilutive funding). */
  | 'GRANT'
  /** Pre-IPO. */
  | 'PRE_IPO'
  /** Pre-seed. */
  | 'PRE_SEED'
  /** Seed. */
  | 'SEED'
  /** Series A. */
  | 'SERIES_A'
  /** Series B. */
  | 'SERIES_B'
  /** Series C. */
  | 'SERIES_C'
  /** Series D or later. */
  | 'SERIES_D_PLUS'
  /** A strategic investment outside the lettered rounds. */
  | 'STRATEGIC'
  /** The source reports an investment without naming its round. */
  | 'UNDISCLOSED';

/** Roles an organisation plays; an organisation may have several. */
export type OrganizationRole =
  /** An association, alliance or committee. */
  | 'ASSOCIATION'
  /** An established company. */
  | 'CORPORATE'
  /** A stock or data exchange. */
  | 'EXCHANGE'
  /** A bank or other financial institution. */
  | 'FINANCIAL_INSTITUTION'
  /** A government or government body. */
  | 'GOVERNMENT'
  /** Incubates or accelerates startups. */
  | 'INCUBATOR'
  /** A science or industry park, or its operator. */
  | 'INDUSTRY_PARK'
  /** Invests in companies or funds. */
  | 'INVESTOR'
  /** A publisher or news organisation. */
  | 'MEDIA'
  /** A research institute or think tank. */
  | 'RESEARCH_INSTITUTE'
  /** A young company. */
  | 'STARTUP'
  /** A start-up a source calls a unicorn (valued at US$1 billion or more); the entity's citations hold the sentence. */
  | 'UNICORN'
  /** A university. */
  | 'UNIVERSITY';

/**
 * Changes a curator makes before accepting; absent fields keep the proposal's. RELATIONSHIP
 * proposals take type, from, to (swap them to change direction), the dates, amounts, role, status,
 * round and lead;
 * ENTITY proposals take kind, id (the slug), the names, aliases and roles; FIGURE proposals take
 * id (the entity it is about), key, the values, unit, qualifier and asOf.
 */
export type ProposalEdit = {
  /** ENTITY: aliases (replace the proposed ones). */
  aliases?: Array<string> | null | undefined;
  /** RELATIONSHIP: the amount in `currency`. */
  amount?: number | null | undefined;
  /** RELATIONSHIP: the amount in Hong Kong dollars. */
  amountHKD?: number | null | undefined;
  /** FIGURE: when the number held (ISO 8601, partial allowed). */
  asOf?: string | null | undefined;
  /** RELATIONSHIP: the amount's currency (three letters: HKD, USD, CNY). */
  currency?: string | null | undefined;
  /** RELATIONSHIP: the date (ISO 8601, partial allowed). */
  date?: string | null | undefined;
  /** RELATIONSHIP: how a relative date was resolved. */
  dateNote?: string | null | undefined;
  /** RELATIONSHIP: the end date (ISO 8601, partial allowed). */
  endDate?: string | null | undefined;
  /** RELATIONSHIP: the entity it starts from (any entity id). */
  from?: string | number | null | undefined;
  /** ENTITY: the new entity's slug; FIGURE: the entity the figure is about. */
  id?: string | number | null | undefined;
  /** FIGURE: what the number measures (snake_case). */
  key?: string | null | undefined;
  /** ENTITY: the kind. */
  kind?: EntityKind | null | undefined;
  /** RELATIONSHIP (INVESTED_IN): whether this investor led the round. */
  lead?: boolean | null | undefined;
  /** FIGURE: the high end of a range. */
  maxValue?: number | null | undefined;
  /** ENTITY: the English name. */
  name?: string | null | undefined;
  /** ENTITY: the Simplified Chinese name. */
  nameZhHans?: string | null | undefined;
  /** ENTITY: the Traditional Chinese name. */
  nameZhHant?: string | null | undefined;
  /** FIGURE: the qualifier. */
  qualifier?: string | null | undefined;
  /** RELATIONSHIP: the role or degree. */
  role?: string | null | undefined;
  /** ENTITY: organisation roles (replace the proposed ones). */
  roles?: Array<OrganizationRole> | null | undefined;
  /** RELATIONSHIP (INVESTED_IN): the funding round. */
  round?: FundingRound | null | undefined;
  /** RELATIONSHIP: planned, current or ended. */
  status?: FactStatus | null | undefined;
  /** RELATIONSHIP: the entity it ends at (any entity id). */
  to?: string | number | null | undefined;
  /** RELATIONSHIP: the type. */
  type?: RelationshipType | null | undefined;
  /** FIGURE: the unit. */
  unit?: string | null | undefined;
  /** FIGURE: the number (the low end of a range). */
  value?: number | null | undefined;
};

/** What a proposal would add to the graph. */
export type ProposalKind =
  /** A new entity (or a known one the text names). */
  | 'ENTITY'
  /** A figure about an entity. */
  | 'FIGURE'
  /** A relationship between two entities. */
  | 'RELATIONSHIP';

/** Where a proposal is in review. */
export type ProposalStatus =
  /** Accepted: what it proposed was written to the graph with its citation. */
  | 'ACCEPTED'
  /** Not reviewed yet. */
  | 'PENDING'
  /** Rejected: nothing was written. */
  | 'REJECTED';

/** Relationship types. Direction is meaningful: investor → investee, startup → programme. */
export type RelationshipType =
  /** Policy → the scheme or fund it announced. */
  | 'ANNOUNCED'
  /** Attended an event. */
  | 'ATTENDED'
  /** Brought in (引进): an investor or agency → a company it attracted to set up in its place; neither an investment nor a partnership unless the source says so. */
  | 'ATTRACTED'
  /** Person → university (`role` is the degree). */
  | 'EDUCATED_AT'
  /** Organisation or government → what it set up. */
  | 'ESTABLISHED'
  /** Pays for a programme, fund or facility (`amountHKD`). */
  | 'FUNDS'
  /** Investor → investee. */
  | 'INVESTED_IN'
  /** Person → organisation they lead (`role`). */
  | 'LEADS'
  /** Company → exchange it is listed on (`date` is the listing). */
  | 'LISTED_ON'
  /** Located in a place. */
  | 'LOCATED_IN'
  /** Manages a fund or organisation. */
  | 'MANAGES'
  /** Member of an organisation, committee or alliance. */
  | 'MEMBER_OF'
  /** Merged with another organisation. */
  | 'MERGED_WITH'
  /** Runs a programme, facility or fund. */
  | 'OPERATES'
  /** Organisation → an event it organised. */
  | 'ORGANIZED'
  /** Startup → programme: `date` is admission, `endDate` graduation. */
  | 'PARTICIPATED_IN'
  /** Agreements, MoUs, cooperation: initiator → partner. */
  | 'PARTNERED_WITH'
  /** Designations: organisation → the body that recognised it. */
  | 'RECOGNIZED_BY'
  /** Awards and ranked lists (not programmes). */
  | 'SELECTED_FOR'
  /** Subsidiary → parent. */
  | 'SUBSIDIARY_OF'
  /** Organisation or programme → a market or region it aims at. */
  | 'TARGETS_MARKET'
  /** Person → organisation they worked at (`role`). */
  | 'WORKED_AT';

export type ExplorerEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityQuery = { entity:
    | { region: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { region: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { region: string | null, sector: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { region: string | null, sector: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, roles: Array<OrganizationRole>, founded: number | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { region: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { region: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { region: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { sector: string | null, aliases: Array<string>, description: string | null, version: number, updatedAt: string | null, updatedBy: string | null, founded: number | null, date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number, figures: Array<{ key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, note: string | null, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> }>, citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }>, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , to:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
   | null };

export type ExplorerRelationshipQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerRelationshipQuery = { relationship: { note: string | null, id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null, from:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , to:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    , citations: Array<{ start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } }> } | null };

export type ExplorerDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDocumentQuery = { document: { id: string, title: string, text: string | null, textPublic: boolean } | null };

type EntityCore_Event_Fragment = { date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Facility_Fragment = { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Fund_Fragment = { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Organization_Fragment = { roles: Array<OrganizationRole>, founded: number | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Person_Fragment = { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Place_Fragment = { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Policy_Fragment = { date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

type EntityCore_Programme_Fragment = { founded: number | null, date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number };

export type EntityCoreFragment =
  | EntityCore_Event_Fragment
  | EntityCore_Facility_Fragment
  | EntityCore_Fund_Fragment
  | EntityCore_Organization_Fragment
  | EntityCore_Person_Fragment
  | EntityCore_Place_Fragment
  | EntityCore_Policy_Fragment
  | EntityCore_Programme_Fragment
;

export type RelCoreFragment = { id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type DealFieldsFragment = { status: FactStatus, round: FundingRound | null, amount: number | null, currency: string | null, lead: boolean | null };

export type CitationFieldsFragment = { start: number, end: number, quote: string, context: string, document: { id: string, title: string, publisher: string | null, published: string | null, language: string, textPublic: boolean, length: number } };

export type ExplorerSearchQueryVariables = Exact<{
  q: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, matchedField: string, highlight: string | null, entity:
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { roles: Array<OrganizationRole>, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null }
     }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  hops?: number | null | undefined;
  types?: Array<RelationshipType> | RelationshipType | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { entities: Array<
      | { date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { roles: Array<OrganizationRole>, founded: number | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
    >, relationships: Array<{ id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  k?: number | null | undefined;
  maxHops?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, entities: Array<
      | { date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { roles: Array<OrganizationRole>, founded: number | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
    >, relationships: Array<{ id: string, type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, role: string | null, amountHKD: number | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> }> };

export type ExplorerEntityChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ExplorerEntityChangedSubscription = { entityChanged: { operation: string, id: string, actor: string, at: string, entity:
      | { date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { roles: Array<OrganizationRole>, founded: number | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { date: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
      | { founded: number | null, date: string | null, endDate: string | null, id: string, kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, degree: number }
     | null } };

export type ProposedEndFieldsFragment = { name: string, entity:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
   | null, proposal: { id: string, status: ProposalStatus } | null };

export type ProposalFieldsFragment = { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, trigger: string, resultId: string | null, citation: { start: number, end: number, quote: string }, entity: { kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, aliases: Array<string>, roles: Array<OrganizationRole>, existing:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     | null } | null, relationship: { type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, amount: number | null, currency: string | null, amountHKD: number | null, role: string | null, status: FactStatus | null, round: FundingRound | null, lead: boolean | null, from: { name: string, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null, proposal: { id: string, status: ProposalStatus } | null }, to: { name: string, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null, proposal: { id: string, status: ProposalStatus } | null } } | null, figure: { key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, subject: { name: string, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null, proposal: { id: string, status: ProposalStatus } | null } } | null };

export type ExplorerIngestDocumentMutationVariables = Exact<{
  input: DocumentInput;
}>;


export type ExplorerIngestDocumentMutation = { ingestDocument: { mentions: number, proposals: number, document: { id: string } } };

export type ExplorerReviewDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerReviewDocumentQuery = { document: { id: string, title: string, url: string | null, publisher: string | null, published: string | null, language: string, text: string | null, length: number } | null };

export type ExplorerProposalsQueryVariables = Exact<{
  documentId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, trigger: string, resultId: string | null, citation: { start: number, end: number, quote: string }, entity: { kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, aliases: Array<string>, roles: Array<OrganizationRole>, existing:
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
           | null } | null, relationship: { type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, amount: number | null, currency: string | null, amountHKD: number | null, role: string | null, status: FactStatus | null, round: FundingRound | null, lead: boolean | null, from: { name: string, entity:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             | null, proposal: { id: string, status: ProposalStatus } | null }, to: { name: string, entity:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             | null, proposal: { id: string, status: ProposalStatus } | null } } | null, figure: { key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, subject: { name: string, entity:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             | null, proposal: { id: string, status: ProposalStatus } | null } } | null } }> } };

export type ExplorerAcceptProposalMutationVariables = Exact<{
  id: string | number;
  edit?: ProposalEdit | null | undefined;
}>;


export type ExplorerAcceptProposalMutation = { acceptProposal: { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, trigger: string, resultId: string | null, citation: { start: number, end: number, quote: string }, entity: { kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, aliases: Array<string>, roles: Array<OrganizationRole>, existing:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null } | null, relationship: { type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, amount: number | null, currency: string | null, amountHKD: number | null, role: string | null, status: FactStatus | null, round: FundingRound | null, lead: boolean | null, from: { name: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, proposal: { id: string, status: ProposalStatus } | null }, to: { name: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, proposal: { id: string, status: ProposalStatus } | null } } | null, figure: { key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, subject: { name: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, proposal: { id: string, status: ProposalStatus } | null } } | null } };

export type ExplorerRejectProposalMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ExplorerRejectProposalMutation = { rejectProposal: { id: string, kind: ProposalKind, status: ProposalStatus, confidence: number, trigger: string, resultId: string | null, citation: { start: number, end: number, quote: string }, entity: { kind: EntityKind, name: string, nameZhHans: string | null, nameZhHant: string | null, aliases: Array<string>, roles: Array<OrganizationRole>, existing:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       | null } | null, relationship: { type: RelationshipType, date: string | null, endDate: string | null, dateNote: string | null, amount: number | null, currency: string | null, amountHKD: number | null, role: string | null, status: FactStatus | null, round: FundingRound | null, lead: boolean | null, from: { name: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, proposal: { id: string, status: ProposalStatus } | null }, to: { name: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, proposal: { id: string, status: ProposalStatus } | null } } | null, figure: { key: string, value: number, maxValue: number | null, unit: string | null, qualifier: string | null, asOf: string | null, subject: { name: string, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         | null, proposal: { id: string, status: ProposalStatus } | null } } | null } };

export const EntityCoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZhHans"}},{"kind":"Field","name":{"kind":"Name","value":"nameZhHant"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"founded"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"founded"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fund"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"founded"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"founded"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<EntityCoreFragment, unknown>;
export const RelCoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateNote"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"amountHKD"}}]}}]} as unknown as DocumentNode<RelCoreFragment, unknown>;
export const DealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}}]}}]} as unknown as DocumentNode<DealFieldsFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"textPublic"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const ProposedEndFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposedEndFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposedEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposedEndFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameZhHans"}},{"kind":"Field","name":{"kind":"Name","value":"nameZhHant"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"existing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateNote"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountHKD"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedEndFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedEndFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposedEndFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposedEndFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposedEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposalFieldsFragment, unknown>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"23adb29c914ab86e93345672c88397d1976b3822f662ca23ae0dabcae8cd0001"}} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerRelationshipDocument = {"__meta__":{"hash":"6b12cb876b281be659a678581308d491f0355c79738e75d61b476dda1c1fc5b1"}} as unknown as DocumentNode<ExplorerRelationshipQuery, ExplorerRelationshipQueryVariables>;
export const ExplorerDocumentDocument = {"__meta__":{"hash":"01e9670558d0cca85c6fb704fb96cff449b9a079530dc3c5881a364fd765b776"}} as unknown as DocumentNode<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"0621a95b9743117d57f86935378b657f365b61989d5c8358f7eaa3880fde5f47"}} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighborhoodDocument = {"__meta__":{"hash":"f3f67dd64c876fb732b622e1f8402616552ff6fc9de5b6def99b080e83045903"}} as unknown as DocumentNode<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerPathsDocument = {"__meta__":{"hash":"548035024311d08b18278ced0183ec5cadb19a78edcc197cb8eb17d92203c31c"}} as unknown as DocumentNode<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerEntityChangedDocument = {"__meta__":{"hash":"28cf7f20a257a46c9133697e4435bf35a913a96fd772a0b2ca1fa9e257dd26db"}} as unknown as DocumentNode<ExplorerEntityChangedSubscription, ExplorerEntityChangedSubscriptionVariables>;
export const ExplorerIngestDocumentDocument = {"__meta__":{"hash":"6f561c4bf269739e17241932da35d4ad6567621884911497f78bfac4d027ba77"}} as unknown as DocumentNode<ExplorerIngestDocumentMutation, ExplorerIngestDocumentMutationVariables>;
export const ExplorerReviewDocumentDocument = {"__meta__":{"hash":"a039758d61ceb3aa957b051ba05a013fbeb835a78caf9d44d93e2592e58b9144"}} as unknown as DocumentNode<ExplorerReviewDocumentQuery, ExplorerReviewDocumentQueryVariables>;
export const ExplorerProposalsDocument = {"__meta__":{"hash":"68e62786adf6b8716120b1c120cf015878582e03a4786e869dff7548803cd228"}} as unknown as DocumentNode<ExplorerProposalsQuery, ExplorerProposalsQueryVariables>;
export const ExplorerAcceptProposalDocument = {"__meta__":{"hash":"34a6a4efa7f800c6fe253ba50a43e91b9e0974b971e6135ed586c150a327409a"}} as unknown as DocumentNode<ExplorerAcceptProposalMutation, ExplorerAcceptProposalMutationVariables>;
export const ExplorerRejectProposalDocument = {"__meta__":{"hash":"3a70071088c1c6cab260c30021fc92c3a5367a8a7357c8c5d73e131d8d6a9f69"}} as unknown as DocumentNode<ExplorerRejectProposalMutation, ExplorerRejectProposalMutationVariables>;