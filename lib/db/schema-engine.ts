import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// The Prisma CLI cannot download its native schema engine here, so we drive the official wasm build
// (@prisma/schema-engine-wasm, pinned in package.json) ourselves. Its package entry imports the .wasm
// as an ES module, which Node cannot do, so the module is instantiated by hand, once per process.
// This is an internal Prisma API: tests/integration/db covers every call we make.

let initialized: Promise<void> | undefined;

/** The wasm reports a Rust panic's message through this global before it throws a RuntimeError. */
class WasmPanicRegistry {
  message = "";
  get(): string {
    return this.message;
  }
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
  }
}

const globals = globalThis as typeof globalThis & {
  PRISMA_WASM_PANIC_REGISTRY?: WasmPanicRegistry;
};

function initializeWasm(): Promise<void> {
  initialized ??= (async () => {
    globals.PRISMA_WASM_PANIC_REGISTRY ??= new WasmPanicRegistry();
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
    const bytes = await readFile(wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": withUnrefTimers(bindings as unknown as WebAssembly.ModuleImports),
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return initialized;
}

/** The engine panics without at least one schema file; this one only names the connector. */
const BARE_POSTGRES_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

/**
 * The engine arms 10 s timers (timeouts around its queries) that it never clears, which kept a CLI
 * alive 10 s after its work was done. Unref'd timers still fire but no longer hold the process.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const patched: WebAssembly.ModuleImports = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    patched[name] = (...args: unknown[]) => {
      const timer = (value as (...a: unknown[]) => unknown)(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return patched;
}

export type SchemaEngineOptions = {
  /** Driver adapter factory for the target database (and its shadow database, for diffs). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Prisma schema files as [path, content]; a bare PostgreSQL datasource when omitted. */
  datamodels?: [string, string][];
  /** Receives the engine's log lines (JSON strings); silent by default. */
  onLog?: (line: string) => void;
};

/** Starts a wasm schema engine bound to a driver adapter. Call `engine.free()` when done. */
export async function createSchemaEngine(options: SchemaEngineOptions): Promise<SchemaEngine> {
  await initializeWasm();
  const onLog = options.onLog ?? (() => {});
  return bindings.SchemaEngine.new(
    { datamodels: options.datamodels ?? [["schema.prisma", BARE_POSTGRES_SCHEMA]] },
    (line: string) => onLog(line),
    bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
  );
}
