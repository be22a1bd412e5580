import { randomUUID } from 'node:crypto';
import { AnswerValueSchema } from '@engine/answer';
import { RespondentRoleSchema } from '@engine/model/roles';
import {
  AnswerStateSchema,
  SightedSchema,
  type AnswerEvent,
  type AnswerRecord,
  type AnswerRecordInput,
  type AnswerState,
  type AnswerStateInput,
} from '@contract/records';
import { canonicalJson } from '../canonical-json';
import type { RepoDeps } from '../deps';
import { readColumn, readJson, readJsonOrNull } from '../json-column';
import type { ChangeTracker } from './changes';
import { wellFormed } from '../well-formed';

interface AnswerRow {
  item_id: string;
  value: string | null;
  note: string;
  flagged: number;
  respondent: string | null;
  sighted: string;
  updated_at: string;
  revision: number;
}

interface EventRow {
  id: string;
  item_id: string;
  old_state: string | null;
  new_state: string;
  at: string;
  by: string;
  revision: number;
}

export interface WriteAck {
  savedAt: string;
  revision: number;
}

export interface AnswerRepository {
  /** One answer, one transaction: returns only after COMMIT (with synchronous=FULL, after fsync). */
  save(assessmentId: string, itemId: string, state: AnswerStateInput): WriteAck;
  list(assessmentId: string): AnswerRecord[];
  events(
    assessmentId: string,
    q: { itemId?: string | undefined; offset: number; limit: number },
  ): {
    items: AnswerEvent[];
    total: number;
  };
  /** every event of an assessment, oldest first (bundle export) */
  allEvents(assessmentId: string): AnswerEvent[];
  /** writes an answer row as given (bundle import) */
  put(assessmentId: string, record: AnswerRecordInput): void;
  /** appends an event unless one with its id is already in the trail (bundle import) */
  mergeEvent(assessmentId: string, event: AnswerEvent): void;
  /** the assessment an audit event id belongs to, if any (bundle import checks ids are not taken) */
  eventOwnerOf(id: string): string | undefined;
}

const EMPTY: AnswerState = {
  value: null,
  note: '',
  flagged: false,
  respondent: null,
  sighted: 'unspecified',
};

export function toAnswerRecord(row: AnswerRow, where: string): AnswerRecord {
  return {
    itemId: row.item_id,
    value: readJsonOrNull(AnswerValueSchema, row.value, where),
    note: row.note,
    flagged: row.flagged === 1,
    respondent: readColumn(RespondentRoleSchema.nullable(), row.respondent, `${where} respondent`),
    sighted: readColumn(SightedSchema, row.sighted, `${where} sighted`),
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function toEvent(row: EventRow): AnswerEvent {
  const where = `answer event ${row.id}`;
  return {
    id: row.id,
    itemId: row.item_id,
    old: readJsonOrNull(AnswerStateSchema, row.old_state, where),
    new: readJson(AnswerStateSchema, row.new_state, where),
    at: row.at,
    by: row.by,
    revision: row.revision,
  };
}

function eventRow(assessmentId: string, e: AnswerEvent) {
  return {
    id: e.id,
    assessmentId,
    itemId: e.itemId,
    old: e.old === null ? null : JSON.stringify(e.old),
    new: JSON.stringify(e.new),
    at: e.at,
    by: e.by,
    revision: e.revision,
  };
}

export function answerRepository(deps: RepoDeps, changes: ChangeTracker): AnswerRepository {
  const { db, actor } = deps;
  const selectOne = db.prepare<[string, string], AnswerRow>(
    'SELECT * FROM answers WHERE assessment_id = ? AND item_id = ?',
  );
  const selectAll = db.prepare<[string], AnswerRow>(
    'SELECT * FROM answers WHERE assessment_id = ? ORDER BY item_id',
  );
  const upsert = db.prepare(
    `INSERT INTO answers (assessment_id, item_id, value, note, flagged, respondent, sighted, updated_at, revision)
     VALUES (@assessmentId, @itemId, @value, @note, @flagged, @respondent, @sighted, @updatedAt, @revision)
     ON CONFLICT (assessment_id, item_id) DO UPDATE SET value = excluded.value, note = excluded.note,
       flagged = excluded.flagged, respondent = excluded.respondent, sighted = excluded.sighted,
       updated_at = excluded.updated_at, revision = excluded.revision`,
  );
  const eventColumns = `INSERT INTO answer_events (id, assessment_id, item_id, old_state, new_state, at, by, revision)
     VALUES (@id, @assessmentId, @itemId, @old, @new, @at, @by, @revision)`;
  const insertEvent = db.prepare(eventColumns);
  const insertEventOnce = db.prepare(`${eventColumns} ON CONFLICT (id) DO NOTHING`);
  const eventOwner = db.prepare<[string], { assessment_id: string }>(
    'SELECT assessment_id FROM answer_events WHERE id = ?',
  );
  const eventFilter = 'WHERE assessment_id = @assessmentId AND (@itemId IS NULL OR item_id = @itemId)';
  const eventPage = db.prepare<Record<string, unknown>, EventRow>(
    `SELECT * FROM answer_events ${eventFilter} ORDER BY seq LIMIT @limit OFFSET @offset`,
  );
  const eventCount = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM answer_events ${eventFilter}`,
  );
  const eventsOf = db.prepare<[string], EventRow>(
    'SELECT * FROM answer_events WHERE assessment_id = ? ORDER BY seq',
  );

  const put = (assessmentId: string, a: AnswerRecordInput): void => {
    upsert.run({
      assessmentId,
      itemId: a.itemId,
      value: a.value === null ? null : JSON.stringify(a.value),
      note: a.note,
      flagged: a.flagged ? 1 : 0,
      respondent: a.respondent ?? null,
      sighted: a.sighted ?? 'unspecified',
      updatedAt: a.updatedAt,
      revision: a.revision,
    });
  };

  const save = db.transaction((assessmentId: string, itemId: string, given: AnswerStateInput): WriteAck => {
    // compared as stored: SQLite turns a lone surrogate into U+FFFD
    const change = changes.begin(assessmentId);
    const row = selectOne.get(assessmentId, itemId);
    const old = row ? toAnswerRecord(row, `answer ${assessmentId}/${itemId}`) : null;
    // a writer that does not mention who answered or what was sighted keeps what is stored
    const state: AnswerState = {
      ...given,
      note: wellFormed(given.note),
      respondent: given.respondent === undefined ? (old?.respondent ?? null) : given.respondent,
      sighted: given.sighted ?? old?.sighted ?? 'unspecified',
    };
    const before: AnswerState = old
      ? {
          value: old.value,
          note: old.note,
          flagged: old.flagged,
          respondent: old.respondent,
          sighted: old.sighted,
        }
      : EMPTY;
    // autosave repeats itself; an unchanged answer is neither a new revision nor an audit event
    if (canonicalJson(before) === canonicalJson(state)) {
      return { savedAt: old?.updatedAt ?? change.at, revision: change.revision - 1 };
    }
    const { revision, at } = change;
    put(assessmentId, { itemId, ...state, updatedAt: at, revision });
    const event: AnswerEvent = {
      id: randomUUID(),
      itemId,
      old: old && before,
      new: state,
      at,
      by: actor(),
      revision,
    };
    insertEvent.run(eventRow(assessmentId, event));
    changes.commit(change);
    return { savedAt: at, revision };
  });

  return {
    save: (assessmentId, itemId, state) => save(assessmentId, itemId, state),
    list: (assessmentId) =>
      selectAll.all(assessmentId).map((r) => toAnswerRecord(r, `answer ${assessmentId}`)),
    events(assessmentId, { itemId, offset, limit }) {
      const params = { assessmentId, itemId: itemId ?? null };
      return {
        items: eventPage.all({ ...params, offset, limit }).map(toEvent),
        total: eventCount.get(params)?.n ?? 0,
      };
    },
    allEvents: (assessmentId) => eventsOf.all(assessmentId).map(toEvent),
    put,
    mergeEvent: (assessmentId, event) => void insertEventOnce.run(eventRow(assessmentId, event)),
    eventOwnerOf: (id) => eventOwner.get(id)?.assessment_id,
  };
}
