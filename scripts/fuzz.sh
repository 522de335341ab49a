#!/usr/bin/env bash
# Runs the libFuzzer targets (docs/fuzzing.md), built with clang into build-fuzz/.
#
#   scripts/fuzz.sh TARGET SECONDS     one target, e.g. scripts/fuzz.sh csv 600
#   scripts/fuzz.sh all SECONDS        every target, SECONDS each, one per core at a time (CI)
#   scripts/fuzz.sh build              only build: the targets and the unit tests (CI runs the
#                                      unit tests from this build too: one sanitizer build, not two)
#
# Seeds come from the repository (assets/demo, tests/broken, tests/data, the built manifest)
# into build-fuzz/seeds/TARGET; what a run learns stays in build-fuzz/corpus/TARGET for the next.
# A crash leaves its input in build-fuzz/crashes/ and makes this script fail: turn it into a
# unit test under tests/unit, fix the code, and rerun.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="${1:?usage: scripts/fuzz.sh TARGET|all SECONDS | build}"
BUILD="$ROOT/build-fuzz"
TARGETS=(manifest route char_diff query_json match_expression csv csv_writer print_html bundle source_json docx xlsx)

# -O1 without NDEBUG: asserts stay on (the unit tests run here too), ASan's advice for speed
# against build time, and a third of the -O2 compile time on CI's two cores. Line tables only
# for debug information: the sanitizers' reports name file and line all the same, and the
# build is ~7 % faster than with -g.
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DDUTYATLAS_FUZZ=ON ${CMAKE_C_COMPILER_LAUNCHER:+-DCMAKE_C_COMPILER_LAUNCHER=$CMAKE_C_COMPILER_LAUNCHER} \
    ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
fi
case "$TARGET" in
  build) NINJA_TARGETS=(fuzz_all unit_tests) ;;
  all) NINJA_TARGETS=(fuzz_all) ;;
  *) NINJA_TARGETS=("fuzz_$TARGET") ;;
esac
# Quiet when it builds; the compiler's messages when it does not.
if ! ninja -C "$BUILD" "${NINJA_TARGETS[@]}" >"$BUILD/build.log" 2>&1; then
  grep -E -A8 'error|FAILED' "$BUILD/build.log" | head -60
  echo "fuzz: the targets did not build (build-fuzz/build.log)"
  exit 1
fi
[ "$TARGET" = build ] && exit 0
SECONDS_EACH="${2:?usage: scripts/fuzz.sh TARGET|all SECONDS}"

# One small file per seed: the repository's own inputs of each kind.
seed() {
  local target="$1" dir="$BUILD/seeds/$1" i=0
  rm -rf "$dir"; mkdir -p "$dir"
  case "$target" in
    manifest)
      [ -f "$ROOT/out/site/data/manifest.json" ] && cp "$ROOT/out/site/data/manifest.json" "$dir/built"
      printf '{"format_version":1}' >"$dir/short" ;;
    route)
      for r in '#/' '#/body/sthjj' '#/search/噪声?kind=duty' '#/who?text=楼下烧烤油烟' \
               '#/lists/powers?body=sthjj&type=行政处罚&sort=-code&columns=name,code' \
               '#/compare/sthjj?from=2019-01-01&to=2024-01-01' '#/document/示编〔2019〕22号' \
               '#/changes?from=2020-01-01&to=2026-01-01' '#/category/government'; do
        printf '%s' "$r" >"$dir/$((i++))"
      done ;;
    query_json)
      for q in '{"query":"info"}' '{"query":"search","text":"噪声","limit":5}' \
               '{"query":"who","text":"楼下烧烤店油烟太大","top":3}' '{"query":"body","id":"sthjj"}' \
               '{"query":"list","kind":"powers","filters":{"type":["行政处罚"]},"sort":"code"}' \
               '{"query":"compare","body":"sthjj","from":"2019-01-01","to":"2024-01-01"}' \
               '{"query":"dispatch","text":"油烟","lead":"sthjj","cooperating":[]}' \
               '{"query":"documents","year":"2021"}' '{"query":"timeline","body":"sthjj"}'; do
        printf '%s' "$q" >"$dir/$((i++))"
      done ;;
    match_expression)
      for q in '噪声' 'PM2.5超标' '"油烟" OR NEAR(a b)' '生态环境 AND -x*' 'ＡＢＣ１２３ 〇' '遛狗'; do
        printf '%s' "$q" >"$dir/$((i++))"
      done ;;
    char_diff)
      printf '负责全区生态环境监督管理。\xff负责全区生态环境和自然资源的监督管理工作。' >"$dir/0"
      printf '组织实施河道采砂管理\xff' >"$dir/1" ;;
    csv)
      for f in "$ROOT"/tests/broken/*/lists/*.csv "$ROOT"/assets/demo/lists/*.csv; do
        # Regular files only: tests/broken holds a folder named .csv and links on purpose.
        [ -f "$f" ] && [ ! -L "$f" ] || continue
        head -c 4096 "$f" >"$dir/$((i++))"
      done ;;
    csv_writer)  # cells split at NUL bytes
      printf '=SUM(A1)\0普通文字\0"引号",逗号\0+86 0300\0@cmd\0\t制表' >"$dir/0" ;;
    print_html)
      printf '楼下烧烤<script>alert(1)</script>\n第二行 & "引号"' >"$dir/0"
      printf '&amp; &lt;br&gt; \r\n\xff' >"$dir/1" ;;
    bundle)  # the small valid tree's database image, built by the native build's CLI
      local out="$BUILD/seeds/bundle-build"
      if [ -x "$ROOT/build/builder/dutyatlas" ] && "$ROOT/build/builder/dutyatlas" build \
           "$ROOT/tests/broken/_valid" -o "$out" >/dev/null 2>&1; then
        zstd -d -q -c "$out"/dutyatlas-*.db.zst >"$dir/valid"
      fi
      rm -rf "$out"
      printf 'SQLite format 3\0' >"$dir/header" ;;
    source_json)
      for f in "$ROOT"/tests/broken/*/bodies.json "$ROOT"/tests/broken/*/dataset.json \
               "$ROOT"/tests/broken/_valid/sanding/*.json "$ROOT"/tests/broken/_valid/documents/*.json; do
        [ -f "$f" ] && [ ! -L "$f" ] || continue
        head -c 8192 "$f" >"$dir/$((i++))"
      done ;;
    docx)  # the small Word files of the unit tests, and a 三定's paragraphs as lines
      for f in "$ROOT"/tests/data/docx/*.docx; do cp "$f" "$dir/$((i++))"; done
      printf '第一条　机构设置\n区X局是区政府工作部门，为正科级。\n第二条　主要职责\n（一）负责A。（二）负责B。\n第三条　内设机构\n（一）办公室。负责C；负责D。\n第四条　人员编制\n机关行政编制二十五名，工勤编制２名。领导职数：局长1名、副局长3名（其中1名兼任）。\n|局长\t1名\n第五条　职责分工\n与区市场监管局的有关职责分工：……\n示编〔2021〕20号\n二〇二一年八月五日' >"$dir/$((i++))" ;;
    xlsx)  # the workbooks of the tests (as read), and a table as the writer's cells (NUL-separated)
      for f in "$ROOT"/tests/data/xlsx/*.xlsx "$ROOT"/tests/broken/xlsx-*/lists/*.xlsx; do
        [ -f "$f" ] && [ ! -L "$f" ] || continue
        cp "$f" "$dir/$((i++))"
      done
      printf '%s\0' '权力清单（2026年）' 事项名称 事项编码 备注 对违法排污的处罚 0012 '=1+1' \
        行政许可 123456789012345 $'\t@\r\n' >"$dir/$((i++))" ;;
  esac
}

run() {
  local target="$1"
  seed "$target"
  # What earlier runs found (each fixed): replayed with the seeds, so it stays fixed.
  for f in "$ROOT"/tests/fuzz/regressions/"$target"-*; do [ -f "$f" ] && cp "$f" "$BUILD/seeds/$target/"; done
  mkdir -p "$BUILD/corpus/$target" "$BUILD/crashes"
  echo "fuzz: $target for ${SECONDS_EACH}s"
  local max_len=8192
  [ "$target" = bundle ] && max_len=262144  # a database image: the seed is 180 kB
  (cd "$BUILD" && "./tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
     -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$BUILD/crashes/$target-" \
     "$BUILD/corpus/$target" "$BUILD/seeds/$target" 2>"$BUILD/fuzz-$target.log") || {
    tail -40 "$BUILD/fuzz-$target.log"; echo "fuzz: $target FAILED (input in build-fuzz/crashes/)"; return 1; }
  grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$BUILD/fuzz-$target.log" | tail -2
}

if [ "$TARGET" = all ]; then
  # As many targets at once as there are cores (a target is one process on one core), each one's
  # report printed whole when it ends; every target runs even if one fails.
  mkdir -p "$BUILD/fuzz-runs"
  for t in "${TARGETS[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do sleep 0.2; done
    (status=0; run "$t" >"$BUILD/fuzz-runs/$t.out" 2>&1 || status=$?
     cat "$BUILD/fuzz-runs/$t.out"; echo "$status" >"$BUILD/fuzz-runs/$t.status") &
  done
  wait
  failed=0
  for t in "${TARGETS[@]}"; do [ "$(cat "$BUILD/fuzz-runs/$t.status")" = 0 ] || failed=1; done
  exit "$failed"
else
  run "$TARGET"
fi
