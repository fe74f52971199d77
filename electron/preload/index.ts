import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS, buildBridge } from '../../shared/ipc/channels';

// A thin forwarder: exactly the contract's named methods, nothing else. Main validates.
contextBridge.exposeInMainWorld(
  'compeer',
  buildBridge(
    CHANNELS,
    EVENTS,
    (channel, input) => ipcRenderer.invoke(channel, input),
    (event, cb) => {
      const listener = (_e: Electron.IpcRendererEvent, payload: unknown) => cb(payload);
      ipcRenderer.on(event, listener);
      return () => void ipcRenderer.removeListener(event, listener);
    },
  ),
);
