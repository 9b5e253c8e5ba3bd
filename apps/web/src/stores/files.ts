import { defineStore } from "pinia";
import { fetchFile, type FileName, type FileParams } from "../api/files";

/** Reads a chosen file as base64 for an upload (the API takes entry sheets inside a mutation). */
export function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.readAsDataURL(file);
  });
}

/** Downloads: the file is fetched (so a refusal shows as a message), then saved under its Vietnamese name. */
export const useFilesStore = defineStore("files", () => {
  async function download(name: FileName, params: FileParams): Promise<string> {
    const { blob, fileName } = await fetchFile(name, params);
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return fileName;
  }
  return { download };
});
