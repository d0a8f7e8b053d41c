import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NoteEditor, SAVE_DEBOUNCE_MS, caretAfterReplace, splitTags, type SaveResult } from '../../components/notes/NoteEditor';
import { MERGE_SEPARATOR } from '../../lib/store';
import { emptyNote, mergeNote, type Note, type NotePatch } from '../../lib/store';
import { mount, unmountAll } from '../helpers/mount';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  unmountAll(); // before restoring real timers, as before the shared helper
  vi.useRealTimers();
});

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function chooseIn(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function settle(ms = SAVE_DEBOUNCE_MS) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * An in-memory "store" using the real merge, so the editor's revisions are exercised end to end. The base text goes
 * with a text change, as CreatorDesk sends it. `hold()` keeps the next answers out until `release()`.
 */
function fakeStore(initial: Note | null, now = Date.UTC(2026, 10, 24, 5, 7)) {
  let current = initial;
  let holding = false;
  const held: Array<() => void> = [];
  const calls: Array<{ patch: NotePatch; base: number }> = [];
  const save = vi.fn(async (patch: NotePatch, base: number, baseText?: string | null): Promise<SaveResult> => {
    calls.push({ patch, base });
    const withBase = patch.text !== undefined && baseText != null ? { baseText } : {};
    const result = mergeNote(current ?? emptyNote('c1', now, 'x'), { creatorId: 'c1', baseRevision: base, patch, editor: 'tab', ...withBase }, now);
    current = result.note;
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    return { ok: true, data: result };
  });
  return {
    save, calls,
    hold: () => void (holding = true),
    release: async () => {
      holding = false;
      await act(async () => {
        for (const resolve of held.splice(0)) resolve();
        await vi.advanceTimersByTimeAsync(0);
      });
    },
    get current() { return current; },
    set current(n: Note | null) { current = n; },
  };
}

/** Another window's save on top of `note`, as the store would make it. */
const saveElsewhere = (note: Note, patch: NotePatch) => mergeNote(note, { creatorId: note.creatorId, baseRevision: note.revision, patch, editor: 'other' }, 1).note;

/** An editor on a stored note (revision 1) made of `patch`, with its store. */
function editorOn(patch: NotePatch) {
  const base = mergeNote(emptyNote('c1', 0, 's'), { creatorId: 'c1', baseRevision: 0, patch, editor: 's' }, 0).note;
  const store = fakeStore(base);
  const host = mount(<NoteEditor lang="en" note={base} onSave={store.save} />);
  return { base, store, host, textarea: host.querySelector('textarea')! };
}

/** The other window stored `theirs`; this window saves `typed`, and `during` is typed while that save is out. */
async function typedDuringSave(text: string, theirs: string, typed: string, during: string) {
  const editor = editorOn({ text });
  editor.store.current = saveElsewhere(editor.base, { text: theirs });
  typeInto(editor.textarea, typed);
  editor.store.hold();
  await settle();
  typeInto(editor.textarea, during);
  await editor.store.release();
  return editor;
}

describe('NoteEditor', () => {
  it('splits tags on ASCII, Chinese and Japanese commas', () => {
    expect(splitTags('美妆, VIP，长期、 VIP ,')).toEqual(['美妆', 'VIP', '长期']);
  });

  it('debounces typing into one save and shows the Tokyo time it was saved', async () => {
    const store = fakeStore(null);
    const el = mount(<NoteEditor lang="ja" note={null} onSave={store.save} />);
    const textarea = el.querySelector('textarea')!;
    typeInto(textarea, 'こん');
    await settle(100);
    typeInto(textarea, 'こんにちは');
    expect(el.querySelector('[role=status]')!.textContent).toBe('未保存の変更があります');
    await settle(SAVE_DEBOUNCE_MS - 1);
    expect(store.save).not.toHaveBeenCalled();
    await settle(1);
    expect(store.calls).toEqual([{ patch: { text: 'こんにちは' }, base: 0 }]);
    // 05:07 UTC = 14:07 JST
    expect(el.querySelector('[role=status]')!.textContent).toBe('14:07 に保存しました');
    // the next save starts from the revision just returned
    const select = el.querySelector('select')!;
    chooseIn(select, 'sample_sent');
    await settle();
    expect(store.calls[1]).toEqual({ patch: { status: 'sample_sent' }, base: 1 });
    // sample fields appear for "sample sent"
    expect(el.textContent).toContain('サンプル費用（円）');
  });

  it('shows the merge notice and the merged text after another tab saved', async () => {
    const base = mergeNote(emptyNote('c1', 0, 's'), { creatorId: 'c1', baseRevision: 0, patch: { text: 'base' }, editor: 's' }, 0).note;
    const store = fakeStore(base);
    const el = mount(<NoteEditor lang="en" note={base} onSave={store.save} />);
    // another tab saves revision 2 meanwhile
    store.current = mergeNote(base, { creatorId: 'c1', baseRevision: 1, patch: { text: 'base from tab B' }, editor: 'B' }, 1).note;
    typeInto(el.querySelector('textarea')!, 'base from tab A');
    await settle();
    expect(store.calls[0]!.base).toBe(1);
    expect(el.querySelector('[role=status]')!.textContent).toBe('Merged with an edit from another tab; please check the note');
    // both added to the end of "base": one text with both additions, the other tab's first
    expect(el.querySelector('textarea')!.value).toBe('base from tab B from tab A');
    expect(store.current!.text).toBe('base from tab B from tab A');
  });

  it('reports a full disk and keeps the edit for the next save', async () => {
    let fail = true;
    const save = vi.fn(async (patch: NotePatch, base: number): Promise<SaveResult> => {
      if (fail) return { ok: false, error: { code: 'quota', message: 'full' } };
      return { ok: true, data: mergeNote(emptyNote('c1', 0, 'x'), { creatorId: 'c1', baseRevision: base, patch, editor: 't' }, 0) };
    });
    const el = mount(<NoteEditor lang="zh_CN" note={null} onSave={save} />);
    typeInto(el.querySelector('textarea')!, '重要');
    await settle();
    expect(el.querySelector('[role=alert]')!.textContent).toContain('浏览器存储空间已满');
    fail = false;
    typeInto(el.querySelector('input[type=text]')!, 'VIP');
    await settle();
    expect(save).toHaveBeenLastCalledWith({ text: '重要', tags: ['VIP'] }, 0, '');
  });

  it('saves pending keystrokes when unmounted inside the debounce window', async () => {
    const store = fakeStore(null);
    const el = mount(<NoteEditor lang="en" note={null} onSave={store.save} />);
    typeInto(el.querySelector('textarea')!, 'last words');
    act(() => render(null, el));
    await settle(0);
    expect(store.calls).toEqual([{ patch: { text: 'last words' }, base: 0 }]);
  });

  it('keeps both windows\' text when a save comes back merged while the seller types on', async () => {
    const base = mergeNote(emptyNote('c1', 0, 's'), { creatorId: 'c1', baseRevision: 0, patch: { text: 'base' }, editor: 's' }, 0).note;
    const store = fakeStore(base);
    // the first save takes a while to come back
    let release: () => void = () => undefined;
    const slow = vi.fn(async (patch: NotePatch, at: number, baseText: string | null) => {
      if (slow.mock.calls.length === 1) await new Promise<void>((resolve) => { release = resolve; });
      return store.save(patch, at, baseText);
    });
    const el = mount(<NoteEditor lang="en" note={base} onSave={slow} />);
    // both windows rewrite the same text: the store keeps both
    store.current = mergeNote(base, { creatorId: 'c1', baseRevision: 1, patch: { text: 'B wrote this' }, editor: 'B' }, 1).note;
    const textarea = el.querySelector('textarea')!;
    typeInto(textarea, 'A wrote');
    await settle();
    expect(slow).toHaveBeenCalledTimes(1);
    expect(slow.mock.calls[0]![2]).toBe('base');
    // typed on while that save is out
    typeInto(textarea, 'A wrote, more');
    await act(async () => {
      release();
      await vi.advanceTimersByTimeAsync(0);
    });
    await settle();
    expect(store.current!.text).toBe(`B wrote this${MERGE_SEPARATOR}A wrote, more`);
    expect(textarea.value).toBe(store.current!.text);
  });

  it('text typed here and a newer note from another window are merged three-way by the store, not repeated', async () => {
    const { base, store, host, textarea } = editorOn({ text: '基本' });
    const select = host.querySelector('select')!;
    // typed here, and not saved yet, when the other window's save arrives
    typeInto(textarea, '基本, B');
    chooseIn(select, 'invited');
    const theirs = saveElsewhere(base, { text: '基本, A', rating: 4 });
    store.current = theirs;
    act(() => render(<NoteEditor lang="en" note={theirs} onSave={store.save} />, host));
    // what is being typed is not replaced under the seller's fingers
    expect(textarea.value).toBe('基本, B');
    await settle();
    expect(store.calls).toEqual([{ patch: { text: '基本, B', status: 'invited' }, base: 1 }]);
    expect(store.current).toMatchObject({ text: '基本, A, B', rating: 4, status: 'invited' });
    expect(textarea.value).toBe('基本, A, B');
    // with nothing typed, a newer note simply shows
    const later = saveElsewhere(store.current!, { text: '基本, A, B, C' });
    act(() => render(<NoteEditor lang="en" note={later} onSave={store.save} />, host));
    expect(textarea.value).toBe('基本, A, B, C');
  });

  it('merges an edit in the middle with the other window\'s edit elsewhere; keeps both texts when both changed the same words', async () => {
    const { base, store, textarea } = editorOn({ text: 'one two' });
    typeInto(textarea, 'one 2 two');
    store.current = saveElsewhere(base, { text: 'one two three' });
    await settle();
    expect(store.current!.text).toBe('one 2 two three');
    expect(textarea.value).toBe('one 2 two three');

    // both rewrite "three": only keeping both texts loses nothing
    typeInto(textarea, 'one 2 two 3');
    store.current = saveElsewhere(store.current!, { text: 'one 2 two THREE' });
    await settle();
    expect(store.current!.text).toBe(`one 2 two THREE${MERGE_SEPARATOR}one 2 two 3`);
  });

  it('keeps a tag the other window added while tags typed here wait to be saved', async () => {
    const { base, store, host } = editorOn({ text: 'x', tags: ['a'] });
    typeInto(host.querySelector('input[type=text]')!, 'a, b');
    const theirs = saveElsewhere(base, { tags: ['a', 'c'] });
    store.current = theirs;
    act(() => render(<NoteEditor lang="en" note={theirs} onSave={store.save} />, host));
    await settle();
    expect([...store.current!.tags].sort()).toEqual(['a', 'b', 'c']);
  });

  it('shows the other window\'s text a save came back with, even unmerged, so the next text save does not replace it', async () => {
    const { base, store, host } = editorOn({ text: 'hello' });
    const select = host.querySelector('select')!;
    chooseIn(select, 'invited');
    // the other window saves text; this panel's status save goes out and is answered without a conflict
    const theirs = saveElsewhere(base, { text: 'hello world' });
    store.current = theirs;
    store.hold();
    await settle();
    act(() => render(<NoteEditor lang="en" note={theirs} onSave={store.save} />, host));
    await store.release();
    const textarea = host.querySelector('textarea')!;
    expect(textarea.value).toBe('hello world');
    typeInto(textarea, `${textarea.value}!`);
    await settle();
    expect(store.current!.text).toBe('hello world!');
  });

  it('never applies its own earlier change twice when text typed during a merged save clashes with the merge', async () => {
    // the store merges the save to "hahaha!"; meanwhile the seller deletes one "!"
    const { store, host, textarea } = await typedDuringSave('haha!', 'haha', 'hahaha!!', 'hahaha!');
    // the desk puts the saved note into its bundle
    act(() => render(<NoteEditor lang="en" note={store.current} onSave={store.save} />, host));
    await settle();
    await settle();
    expect(store.current!.text).toBe('hahaha!');
    expect(textarea.value).toBe('hahaha!');
  });

  it('text typed during a save whose answer keeps both texts whole goes into this window\'s copy, not the other one', async () => {
    // while that save is out, the seller deletes "one " at the start of their text
    const { store, textarea } = await typedDuringSave('one two three', 'one TWO three', 'one 2 three', '2 three');
    await settle();
    expect(store.current!.text).toBe(`one TWO three${MERGE_SEPARATOR}2 three`);
    expect(textarea.value).toBe(store.current!.text);
  });

  it('text typed during a save that clashes with the merge is kept whole beside it, and a tag removed meanwhile stays removed', async () => {
    const { base, store, host, textarea } = editorOn({ text: 'one two three' });
    const tags = host.querySelector<HTMLInputElement>('input[type=text]')!;
    // this window adds tags a, b; the other window meanwhile rewrites "two"; the two edits are combined by the store
    typeInto(tags, 'a, b');
    typeInto(textarea, 'one two three!');
    store.current = saveElsewhere(base, { text: 'one TWO three' });
    store.hold();
    await settle();
    // while that save is out: the seller rewrites "two" too, and removes tag b
    typeInto(textarea, 'one 2 three!');
    typeInto(tags, 'a');
    await store.release();
    expect(host.querySelector('[role=status]')!.textContent).toBe('Merged with an edit from another tab; please check the note');
    await settle();
    expect(store.current!.text).toBe(`one TWO three!${MERGE_SEPARATOR}one 2 three!`);
    expect(store.current!.tags).toEqual(['a']);
  });

  it('shows a newer note that arrived while a save was out once the save is back', async () => {
    const { store, host, textarea } = editorOn({ text: 'hello' });
    const select = host.querySelector('select')!;
    chooseIn(select, 'invited');
    store.hold();
    await settle();
    // the other window saves after this save reached the store, before its answer is back
    const theirs = saveElsewhere(store.current!, { text: 'hello world' });
    store.current = theirs;
    act(() => render(<NoteEditor lang="en" note={theirs} onSave={store.save} />, host));
    await store.release();
    expect(textarea.value).toBe('hello world');
    expect(select.value).toBe('invited');
  });

  it('keeps the caret by the text around it when the other window\'s change is merged in while the seller types', async () => {
    const { base, store, textarea } = editorOn({ text: 'one two' });
    textarea.focus();
    // the other window added at the start; this panel's save is out while the seller types on
    store.current = saveElsewhere(base, { text: '0 one two' });
    typeInto(textarea, 'one 2 two');
    store.hold();
    await settle();
    typeInto(textarea, 'one 2 two!');
    textarea.setSelectionRange(6, 6); // after "one 2 "
    await store.release();
    expect(textarea.value).toBe('0 one 2 two!');
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([8, 8]);
  });

  it('caretAfterReplace follows the text after the caret, else the text before it', () => {
    expect(caretAfterReplace('abcd', 2, 'xxabcd')).toBe(4);
    expect(caretAfterReplace('abcd', 2, 'abcdyy')).toBe(2);
    expect(caretAfterReplace('abcd', 2, 'zzzz')).toBe(4);
  });

  it('saves at once when the panel is hidden or closed (a closing page runs no unmount)', async () => {
    const store = fakeStore(null);
    const el = mount(<NoteEditor lang="en" note={null} onSave={store.save} />);
    typeInto(el.querySelector('textarea')!, 'typed just before closing');
    await act(async () => {
      dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(store.calls).toEqual([{ patch: { text: 'typed just before closing' }, base: 0 }]);
  });

  it('saves the note with the tags the store accepts and says the rest is not saved, without retrying in a loop', async () => {
    const store = fakeStore(null);
    const el = mount(<NoteEditor lang="en" note={null} onSave={store.save} />);
    typeInto(el.querySelector('input[type=text]')!, `vip, ${'x'.repeat(41)}`);
    typeInto(el.querySelector('textarea')!, 'text too');
    await settle();
    expect(store.calls).toEqual([{ patch: { tags: ['vip'], text: 'text too' }, base: 0 }]);
    expect(el.textContent).toContain('Up to 50 tags of up to 40 characters each');
  });

  it('does not send a refused save again by itself; a save that could not reach the store is retried, waiting longer each time', async () => {
    const refused = vi.fn(async (): Promise<SaveResult> => ({ ok: false, error: { code: 'bad_request', message: 'Invalid saveNote field' } }));
    const el = mount(<NoteEditor lang="en" note={null} onSave={refused} />);
    typeInto(el.querySelector('textarea')!, 'x');
    await settle(10_000);
    expect(refused).toHaveBeenCalledTimes(1);
    act(() => render(null, el));
    const unreachable = vi.fn(async (): Promise<SaveResult> => ({ ok: false, error: { code: 'unknown', message: 'no reply' } }));
    const again = mount(<NoteEditor lang="en" note={null} onSave={unreachable} />);
    typeInto(again.querySelector('textarea')!, 'y');
    await settle(10_000);
    // 0.4 s, then 0.8, 1.6, 3.2 s later: not every 0.4 s (25 times)
    expect(unreachable.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(unreachable.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('has loading and error states', () => {
    const el = mount(<NoteEditor lang="en" note={null} onSave={vi.fn()} state="loading" />);
    expect(el.textContent).toBe('Loading…');
    act(() => render(<NoteEditor lang="en" note={null} onSave={vi.fn()} state="error" />, el));
    expect(el.querySelector('[role=alert]')!.textContent).toBe('Could not load the note');
  });

  it('renders hostile note text as text', () => {
    const note = { ...emptyNote('c1', 0, 'x'), revision: 1, text: '<img src=x onerror=alert(1)>' };
    const el = mount(<NoteEditor lang="en" note={note} onSave={vi.fn()} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('textarea')!.value).toBe('<img src=x onerror=alert(1)>');
  });
});
