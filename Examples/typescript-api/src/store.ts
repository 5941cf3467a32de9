export interface Note {
  id: number;
  text: string;
  createdAt: string;
}

export interface NoteStore {
  list(): Note[];
  add(text: string): Note;
  get(id: number): Note | undefined;
  remove(id: number): boolean;
}

export type Clock = () => Date;

/** An in-memory note store; ids count up from 1, times come from `clock`. */
export function createStore(clock: Clock = () => new Date()): NoteStore {
  const notes = new Map<number, Note>();
  let nextId = 1;
  return {
    list: (): Note[] => [...notes.values()],
    add: (text: string): Note => {
      const trimmed = text.trim();
      if (trimmed.length === 0) {
        throw new RangeError('text must not be empty');
      }
      const note: Note = { id: nextId++, text: trimmed, createdAt: clock().toISOString() };
      notes.set(note.id, note);
      return note;
    },
    get: (id: number): Note | undefined => notes.get(id),
    remove: (id: number): boolean => notes.delete(id),
  };
}
