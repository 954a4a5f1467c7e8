/**
 * The preload script: runs sandboxed, before the page, and puts one object on the page's
 * window. Bundled as CommonJS (out/preload/index.cjs) because a sandboxed preload cannot be
 * an ES module.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'sessionDesk',
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
