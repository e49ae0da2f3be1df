// The data layer route.ts imports: an in-memory stand-in, just enough for the typecheck.
export interface Item {
  id: string;
  name: string;
  archived: boolean;
}

const store = new Map<string, Item>();

export const items = {
  async list(): Promise<Item[]> {
    return [...store.values()];
  },
  async find(id: string): Promise<Item | undefined> {
    return store.get(id);
  },
  async remove(id: string | null): Promise<void> {
    if (id !== null) store.delete(id);
  },
};
