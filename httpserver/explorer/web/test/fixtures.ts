// Entities and relationships as the API returns them (every field the fragments select), for
// the unit tests: what a test does not set is null, as the API sends it.
import type { EntityCore, RelCore } from '../src/model';

export const ent = (id: string, kind: EntityCore['kind'] = 'ORGANIZATION', extra: Partial<EntityCore> = {}): EntityCore => ({
  id, kind, name: id.toUpperCase(), nameZhHans: null, nameZhHant: null, degree: 1, ...extra,
});

export const rel = (id: string, type: RelCore['type'], from: string, to: string, extra: Partial<RelCore> = {}): RelCore => ({
  id, type, from: { id: from }, to: { id: to }, date: null, endDate: null, dateNote: null, role: null, amountHKD: null, ...extra,
});
