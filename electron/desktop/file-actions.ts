import { app, dialog, shell, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MinutesFile, MinutesPreview, OpenReport, Reply } from '../../shared/contracts/facilitator';
import type { WorkshopHost } from '../host/workshop-host';
import { defaultFileName, type Workspace } from '../host/workspace';

export interface FileActions {
  newWorkshop(): Promise<void>;
  open(): Promise<void>;
  openPath(file: string): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
  close(): Promise<void>;
  /** File → Export minutes…: the minutes as a PDF (the workshop's defaults: anonymised unless it names people). */
  exportMinutes(): Promise<void>;
}

const FILTERS = [{ name: 'Ruam workshop (.ruam)', extensions: ['ruam'] }];

/**
 * The File menu's verbs with native dialogs. Every failure becomes a message box in Thai with the
 * English beneath — a facilitator in front of a room must never see a stack trace.
 */
export function createFileActions(options: { host: WorkshopHost; workspace: Workspace; window: () => BrowserWindow | null; onChange: () => void }): FileActions {
  const { host, workspace } = options;

  const report = async (title: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    await showMessage('error', title, message);
  };

  const showMessage = async (type: 'error' | 'info' | 'warning', message: string, detail: string) => {
    const parent = options.window();
    const box = { type, message, detail, buttons: ['ตกลง (OK)'] };
    await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
  };

  const announce = async (opened: OpenReport) => {
    if (opened.recovered > 0) {
      await showMessage('info', `กู้คืนการเปลี่ยนแปลงที่ยังไม่ได้บันทึกได้ ${opened.recovered} รายการ`, `${opened.recovered} change(s) that had not been saved when Ruam last stopped were recovered.`);
    }
    if (opened.readOnly && opened.warning) await showMessage('warning', 'เปิดแบบอ่านอย่างเดียว', opened.warning);
  };

  const openPath = async (file: string) => {
    try {
      await announce(await workspace.openPath(file));
      app.addRecentDocument(file);
    } catch (error) {
      await report('เปิดไฟล์เวทีไม่สำเร็จ (Could not open the workshop)', error);
    } finally {
      options.onChange();
    }
  };

  return {
    async newWorkshop() {
      try {
        await workspace.create({});
      } catch (error) {
        await report('สร้างเวทีใหม่ไม่สำเร็จ (Could not create a workshop)', error);
      } finally {
        options.onChange();
      }
    },
    async open() {
      const parent = options.window();
      const choice = await (parent
        ? dialog.showOpenDialog(parent, { title: 'เปิดไฟล์เวที', defaultPath: workspace.folder, filters: FILTERS, properties: ['openFile'] })
        : dialog.showOpenDialog({ title: 'เปิดไฟล์เวที', defaultPath: workspace.folder, filters: FILTERS, properties: ['openFile'] }));
      const file = choice.filePaths[0];
      if (!choice.canceled && file) await openPath(file);
    },
    openPath,
    async save() {
      try {
        if (workspace.currentFile) await workspace.save();
      } catch (error) {
        await report('บันทึกไม่สำเร็จ (Could not save)', error);
      }
    },
    async saveAs() {
      if (!workspace.currentFile) return;
      const parent = options.window();
      // The name the title and date give now (a file created untitled is "2569-11-26 เวิร์กชอป.ruam").
      const meta = host.current?.meta;
      const defaultPath = path.join(workspace.folder, meta?.title.trim() ? defaultFileName(meta, new Date()) : path.basename(workspace.currentFile.path));
      const choice = await (parent ? dialog.showSaveDialog(parent, { title: 'บันทึกเป็น', defaultPath, filters: FILTERS }) : dialog.showSaveDialog({ title: 'บันทึกเป็น', defaultPath, filters: FILTERS }));
      if (choice.canceled || !choice.filePath) return;
      const target = choice.filePath.toLowerCase().endsWith('.ruam') ? choice.filePath : `${choice.filePath}.ruam`;
      try {
        await workspace.saveAs(target);
        app.addRecentDocument(target);
      } catch (error) {
        await report('บันทึกเป็นไฟล์ใหม่ไม่สำเร็จ (Could not save a copy)', error);
      } finally {
        options.onChange();
      }
    },
    async close() {
      try {
        await workspace.close();
        host.unload();
      } catch (error) {
        await report('ปิดเวทีไม่สำเร็จ (Could not close the workshop)', error);
      } finally {
        options.onChange();
      }
    },
    async exportMinutes() {
      if (!host.current) {
        await showMessage('info', 'ยังไม่ได้เปิดเวที (No workshop is open)', 'เปิดหรือสร้างเวทีก่อน แล้วจึงส่งออกรายงานการประชุม\nOpen or create a workshop first, then export its minutes.');
        return;
      }
      // The same requests the Minutes step makes, so the menu and the step give the same file.
      const unwrap = <T>(reply: Reply<unknown>): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value as T;
      };
      try {
        const preview = unwrap<MinutesPreview>(await host.handle('previewMinutes', [{}]));
        const parent = options.window();
        const dialogOptions = {
          title: 'ส่งออกรายงานการประชุม (Export minutes)',
          defaultPath: path.join(workspace.folder, preview.fileName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const choice = await (parent ? dialog.showSaveDialog(parent, dialogOptions) : dialog.showSaveDialog(dialogOptions));
        if (choice.canceled || !choice.filePath) return;
        const target = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
        const file = unwrap<MinutesFile>(await host.handle('exportMinutes', [{}]));
        await writeFile(target, Buffer.from(file.dataBase64, 'base64'));
        shell.showItemInFolder(target);
        await showMessage(
          'info',
          `บันทึกรายงานการประชุมแล้ว ${file.pages} หน้า (Minutes saved, ${file.pages} pages)`,
          `${target}\n${file.named ? 'มีชื่อผู้เข้าร่วม (named)' : 'ไม่ระบุตัวตน — แสดงรหัสแทนชื่อ (anonymised: codes instead of names)'}`,
        );
      } catch (error) {
        await report('ส่งออกรายงานการประชุมไม่สำเร็จ (Could not export the minutes)', error);
      }
    },
  };
}
