// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { useAppStore } from '../store/app-store';
import { byTestId, cleanup, press, renderApp } from '../test-utils';
import { shortcutFor } from './shortcuts';

afterEach(cleanup);

async function withOneEdit(options: Parameters<typeof renderApp>[0] = {}) {
  const host = await renderApp({ step: 'setup', ...options });
  await act(async () => {
    await host.api.dispatch({ type: 'meta.update', payload: { title: 'ก่อนเลิกทำ' } });
  });
  return host;
}

describe('keyboard shortcuts', () => {
  it('Ctrl+Z outside a text field undoes the last workshop change', async () => {
    const host = await withOneEdit();
    await press(document.body, 'z', { ctrlKey: true });
    expect(host.api.undo).toHaveBeenCalledTimes(1);
    expect(host.snapshot().workshop?.meta.title).toBe('');
  });

  it('Ctrl+Z inside a text field is left to the browser: the workshop is not undone', async () => {
    const host = await withOneEdit();
    const field = byTestId<HTMLInputElement>('meta-organisation');
    await act(async () => field.focus());
    const event = await press(field, 'z', { ctrlKey: true });
    expect(host.api.undo).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('⌘Z works the same on a Mac', async () => {
    const host = await withOneEdit();
    await press(document.body, 'z', { metaKey: true });
    expect(host.api.undo).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const host = await withOneEdit();
    await press(document.body, 'z', { ctrlKey: true });
    await press(document.body, 'Z', { ctrlKey: true, shiftKey: true });
    expect(host.api.redo).toHaveBeenCalledTimes(1);
    await press(document.body, 'z', { ctrlKey: true });
    await press(document.body, 'y', { ctrlKey: true });
    expect(host.api.redo).toHaveBeenCalledTimes(2);
    expect(host.snapshot().workshop?.meta.title).toBe('ก่อนเลิกทำ');
  });

  it('does not ask the host to undo when there is nothing to undo', async () => {
    const host = await renderApp({ step: 'setup' });
    await press(document.body, 'z', { ctrlKey: true });
    expect(host.api.undo).not.toHaveBeenCalled();
  });

  it('Alt+↓ and Alt+↑ move to the next and previous step', async () => {
    await renderApp({ step: 'overview' });
    await press(document.body, 'ArrowDown', { altKey: true });
    expect(useAppStore.getState().session.step).toBe('setup');
    expect(byTestId('step-setup').getAttribute('aria-current')).toBe('step');
    await press(document.body, 'ArrowDown', { altKey: true });
    await press(document.body, 'ArrowDown', { altKey: true });
    await press(document.body, 'ArrowDown', { altKey: true });
    expect(useAppStore.getState().session.step).toBe('equality');
    await press(document.body, 'ArrowDown', { altKey: true });
    expect(useAppStore.getState().session.step).toBe('component-01');
    await press(document.body, 'ArrowUp', { altKey: true });
    expect(useAppStore.getState().session.step).toBe('equality');
  });

  it('stops at either end of the workflow', async () => {
    await renderApp({ step: 'overview' });
    await press(document.body, 'ArrowUp', { altKey: true });
    expect(useAppStore.getState().session.step).toBe('overview');
  });
});

describe('shortcutFor', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    shortcutFor({ key: 'z', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target: null, ...init });

  it('maps the undo and redo chords', () => {
    expect(key({ ctrlKey: true })).toBe('undo');
    expect(key({ metaKey: true, shiftKey: true, key: 'Z' })).toBe('redo');
    expect(key({ ctrlKey: true, key: 'y' })).toBe('redo');
    expect(key({})).toBeNull();
    expect(key({ ctrlKey: true, altKey: true })).toBeNull();
  });

  it('leaves text fields alone but not buttons or checkboxes', () => {
    const textarea = document.createElement('textarea');
    const text = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const button = document.createElement('button');
    expect(key({ ctrlKey: true, target: textarea })).toBeNull();
    expect(key({ ctrlKey: true, target: text })).toBeNull();
    expect(key({ ctrlKey: true, target: checkbox })).toBe('undo');
    expect(key({ ctrlKey: true, target: button })).toBe('undo');
  });

  it('keeps Alt+arrows for multi-line fields, where they move the caret', () => {
    const textarea = document.createElement('textarea');
    expect(key({ key: 'ArrowDown', altKey: true, target: textarea })).toBeNull();
    expect(key({ key: 'ArrowDown', altKey: true, target: document.body })).toBe('next-step');
  });
});
