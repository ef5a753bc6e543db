import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/errors/build-error.ts
var BuildError = class extends Error {
  constructor(id, title, body, category = "user") {
    super(`${id}: ${title}`);
    this.id = id;
    this.title = title;
    this.body = body;
    this.category = category;
    this.name = "BuildError";
  }
};
function isBuildError(e) {
  return e instanceof BuildError;
}
function toBuildError(e) {
  if (isBuildError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new BuildError(
    "internal/unexpected",
    "The build engine hit an unexpected error",
    `${message}

This is a bug in the build engine, not in your app. Retry the build; if it fails again, report it with this build log.`,
    "internal"
  );
}

export {
  BuildError,
  isBuildError,
  toBuildError
};
