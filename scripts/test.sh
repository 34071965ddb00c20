#!/usr/bin/env bash
# Installs what the tests need, restores, builds, runs every test project and prints
# "N passed, N failed, N skipped" as its last line. Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
# catdoc reads Word 97–2003 resumes (optional at run time; the tests read a .doc fixture with it).
command -v catdoc >/dev/null 2>&1 || need+=(catdoc)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "Could not install ${need[*]}"; exit 1; }
fi

dotnet tool restore >/dev/null || exit 1
# axe-core for the accessibility tests (the build would install it too; doing it here makes a failure plain).
(cd CareerCopilot.Tests && npm ci --no-audit --no-fund --silent) || { echo "Could not install the test packages (npm ci)"; exit 1; }
dotnet restore CareerCopilot.sln --nologo -v q || exit 1
dotnet build CareerCopilot.sln --no-restore --nologo -v q -clp:ErrorsOnly || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
passed=0; failed=0; skipped=0; status=0
for project in $(find . -name '*.Tests.csproj' -not -path './node_modules/*' | sort); do
  log="$results/$(basename "$project" .csproj).log"
  dotnet test "$project" --no-build --nologo 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  # dotnet test closes each project with: "Passed!  - Failed: 0, Passed: 58, Skipped: 0, Total: 58, ..."
  line=$(grep -E '(Passed|Failed)!  - Failed:' "$log" | tail -n 1)
  if [ -z "$line" ]; then
    echo "No test summary for $project"
    status=1
    continue
  fi
  f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$line")
  p=$(sed -E 's/.*Passed: *([0-9]+),.*/\1/' <<<"$line")
  s=$(sed -E 's/.*Skipped: *([0-9]+),.*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done

[ "$failed" -eq 0 ] || status=1
[ $((passed + failed)) -gt 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
