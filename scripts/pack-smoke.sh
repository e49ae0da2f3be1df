#!/usr/bin/env bash
# Proves that a JavaScript-only project can install and use the published package: pack the
# build, check the tarball (its exact file list, then publint and Are the Types Wrong? on it),
# install it into a JavaScript project next to ESLint from the npm registry (it must add no
# TypeScript and at most 6 MB), lint a .js file with one deliberate mistake and check that ESLint
# reports exactly that mistake; then type-check eslint.config.ts files written against ESLint's
# own types and typescript-eslint's. `npm run test:pack` builds first.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
[[ -f "$repo/dist/src/index.js" ]] || { echo "pack-smoke: no build in dist/, run npm run build" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball="$work/$(cd "$repo" && npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "pack-smoke: packed $(basename "$tarball")"

# The tarball holds exactly package.json, README.md, LICENSE, the compiled JavaScript and
# declarations (and their source maps, if any) from dist/, and docs/: no tests, TypeScript
# sources, scripts, examples or tsconfig. The expected list is built from the working tree, so a
# file that is missing from the tarball fails as surely as one that should not be there.
check_files() {
  local actual expected
  actual=$(tar -tzf "$tarball" | sed 's|^package/||' | LC_ALL=C sort)
  expected=$(
    cd "$repo"
    printf '%s\n' package.json README.md
    if [[ -f LICENSE ]]; then echo LICENSE; fi
    find dist -type f \( -name '*.js' -o -name '*.d.ts' -o -name '*.js.map' -o -name '*.d.ts.map' \)
    find docs -type f
  )
  expected=$(LC_ALL=C sort <<<"$expected")
  if [[ "$actual" != "$expected" ]]; then
    echo "pack-smoke: the tarball's files are not the expected ones (< unexpected, > missing):" >&2
    diff <(echo "$actual") <(echo "$expected") >&2 || true
    return 1
  fi
  # Both entry points must ship their declarations; attw passes an untyped package silently.
  local required
  for required in dist/src/index.js dist/src/index.d.ts dist/src/codes/index.js dist/src/codes/index.d.ts; do
    grep -qxF "$required" <<<"$actual" || { echo "pack-smoke: $required is not in the tarball" >&2; return 1; }
  done
  echo "pack-smoke: the tarball holds exactly the expected $(wc -l <<<"$actual") files"
}
check_files

# publint: package.json fields against the files in the tarball; --strict fails on warnings too.
"$repo/node_modules/.bin/publint" run --strict "$tarball"
# Are the Types Wrong?: how TypeScript resolves each entry point. The package is ESM only, so the
# esm-only profile leaves out node10 and require() from CommonJS under node16.
"$repo/node_modules/.bin/attw" "$tarball" --profile esm-only --format ascii --no-emoji --no-color

# The user's project: a flat config with the recommended config and one Express route.
write_project() {
  cat > package.json <<'EOF'
{ "name": "pack-smoke", "private": true, "type": "module" }
EOF
  cat > eslint.config.js <<'EOF'
import httpStatus from 'eslint-plugin-http-status';

export default [httpStatus.configs.recommended];
EOF
  cat > server.js <<'EOF'
import express from 'express';

const app = express();
app.get('/', (req, res) => {
  res.status(600).send('not a status');
});
app.get('/ok', (req, res) => {
  res.status(200).send('fine');
});
EOF
}

# Runs ESLint as a user would, then checks the exit code and that the one finding is the mistake.
check_lint() {
  local status=0 json
  ./node_modules/.bin/eslint server.js || status=$?
  [[ $status -eq 1 ]] || { echo "pack-smoke: expected exit code 1, got $status" >&2; return 1; }
  json=$(./node_modules/.bin/eslint --format json server.js) || true
  node -e '
    const [result] = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    const found = result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);
    if (found.join() !== "http-status/no-unknown-status 5:14") {
      console.error("pack-smoke: expected only no-unknown-status at 5:14, got", found);
      process.exit(1);
    }' <<<"$json" || return 1
}

npm_install() { npm install --no-audit --no-fund --loglevel=error "$@" >/dev/null; }
size_kb() { du -sk node_modules | cut -f1; }

# What a JavaScript project gets: ESLint (and Express, as the project a user lints has it), then
# the plugin, whose share is measured. It may add at most MAX_ADDED_KB and never TypeScript:
# nothing it needs at run time requires the compiler.
MAX_ADDED_KB=6144
install_javascript_project() {
  mkdir -p "$1" && cd "$1"
  write_project
  npm_install "$2" express@5
  size_kb > before-kb
  npm_install "$tarball"
}

# What a TypeScript project checks: eslint.config.ts in every form a user writes (test/types/),
# with ESLint's own types (defineConfig from eslint/config, Linter.Config[], ESLint.Plugin) and
# with typescript-eslint's config(), against ESLint 10, the latest 9, 9.22 (the first with
# eslint/config) and 9.15 (the lowest supported, which has no defineConfig of its own). One
# install holds the four versions under aliases; a tsconfig per version maps `eslint` (also
# where the plugin's declarations import it) to one of them.
install_typescript_project() {
  mkdir -p "$1" && cd "$1"
  cp -r "$repo/test/types/." .
  npm_install "$tarball" eslint@10 eslint-9-latest@npm:eslint@9 eslint-9-define@npm:eslint@9.22.0 \
    eslint-9-lowest@npm:eslint@9.15.0 typescript-eslint@8
}

# The installs wait on the registry, not on the processor: they run side by side.
javascript_projects=(eslint@10 eslint@9.15.0)
pids=()
for eslint in "${javascript_projects[@]}"; do
  (install_javascript_project "$work/$eslint" "$eslint") & pids+=($!)
done
(install_typescript_project "$work/types") & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid" || { echo "pack-smoke: an npm install failed" >&2; exit 1; }; done

for eslint in "${javascript_projects[@]}"; do
  cd "$work/$eslint"
  added=$(($(size_kb) - $(cat before-kb)))
  echo "pack-smoke: eslint $(node -p 'require("eslint/package.json").version'): the plugin added ${added} KB"
  [[ ! -d node_modules/typescript ]] || { echo "pack-smoke: installing the plugin installed typescript" >&2; exit 1; }
  ((added <= MAX_ADDED_KB)) || { echo "pack-smoke: the plugin added ${added} KB, more than ${MAX_ADDED_KB} KB" >&2; exit 1; }
  check_lint
done

cd "$work/types"
for config in tsconfig.eslint-*.json; do
  node "$repo/node_modules/typescript/bin/tsc" -p "$config" --pretty false || { echo "pack-smoke: eslint.config.ts does not type-check with $config" >&2; exit 1; }
  echo "pack-smoke: eslint.config.ts type-checks with $config"
done
echo "pack-smoke: OK"
