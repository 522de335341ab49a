// Synthetic publications for benchmarks: a source tree `scale` times the size of a real one,
// with the same shape (`dutyatlas synth`, written out by source_writer.h).
#pragma once

#include "core/bundle/model.h"

namespace dutyatlas::builder {

// `scale` copies of `base` in one Dataset. Copy 1 is `base` itself; copies 2..scale rename what
// must be unique, and every reference inside a copy points into that copy:
//   body id        sthjj → sthjj-s2 (parent, host, changes' body/to, 三定 body and boundaries,
//                  list cells and keyword targets follow)
//   name, 简称     示例区生态环境局 → 示例区生态环境局（二）
//   uscc           the copy number written over characters 9–11 (still 18 valid characters);
//                  bumped further where that would repeat a code already used
//   文号           示编〔2019〕15号 → 示编〔2019〕15之2号 (之N before the last 号, or appended);
//                  this keeps the order of 文号 within a copy, the tie-break of same-day events
//   事项编码, 编号  suffixed -s2
// Clause keys, task list ids, dataset name and title stay; each task list holds every copy's
// items, renumbered (copy k's 序号 shifted by (k-1) × the list's largest 序号); keywords are
// replicated with mapped targets; synonyms are kept once. Texts are not rewritten.
//
// Throws std::invalid_argument if scale < 1, std::runtime_error if the renaming would collide
// with a name of the base (e.g. the base already has a body "x-s2").
Dataset synthesize(const Dataset& base, int scale);

}  // namespace dutyatlas::builder
