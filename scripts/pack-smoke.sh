#!/usr/bin/env bash
# Proves that a JavaScript-only project can install and use the published package: pack the
# build, check the tarball (its exact file list, then publint and Are the Types Wrong? on it),
# install it next to ESLint from the npm registry (TypeScript and @typescript-eslint/parser are
# never asked for), lint a .js file with one deliberate mistake and check that ESLint reports
# exactly that mistake. `npm run test:pack` builds first.
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

for eslint in eslint@10 eslint@9.39.5; do
  echo "pack-smoke: $eslint"
  dir="$work/$eslint"
  mkdir -p "$dir"
  cd "$dir"
  write_project
  npm install --no-audit --no-fund --loglevel=error "$tarball" "$eslint" >/dev/null
  echo "pack-smoke: installed eslint $(node -p 'require("eslint/package.json").version')"
  check_lint
  # npm installs typescript anyway, as a peer of @typescript-eslint/utils. Without it the plugin
  # must still load: nothing at runtime may need the compiler.
  if [[ -d node_modules/typescript ]]; then
    echo "pack-smoke: typescript was installed as a peer dependency; linting again without it"
    rm -rf node_modules/typescript
    check_lint
  fi
done
echo "pack-smoke: OK"
