// Synthetic publications (see synth.h).
#include "builder/synth.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "core/base/chinese_numerals.h"

namespace dutyatlas::builder {
namespace {

std::string zero_padded(long value, std::size_t width) {
  std::string digits = std::to_string(value);
  return digits.size() >= width ? digits : std::string(width - digits.size(), '0') + digits;
}

// How copy `copy` (2..scale) renames what the base names.
class CopyNames {
 public:
  CopyNames(const Dataset& base, int copy) : copy_(copy), suffix_("-s" + std::to_string(copy)) {
    for (const Body& b : base.bodies) body_ids_.insert(b.id);
  }

  std::string body(const std::string& id) const {
    return body_ids_.count(id) ? id + suffix_ : id;  // "" and unknown ids stay
  }
  std::vector<std::string> bodies(const std::vector<std::string>& ids) const {
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (const auto& id : ids) out.push_back(body(id));
    return out;
  }
  std::string name(const std::string& name) const {
    return name.empty() ? name : name + "（" + chinese_numeral(copy_) + "）";
  }
  std::string code(const std::string& code) const { return code.empty() ? code : code + suffix_; }
  std::string doc_no(const std::string& doc_no) const {
    if (doc_no.empty()) return doc_no;
    const std::string mark = "之" + std::to_string(copy_);
    std::size_t hao = doc_no.rfind("号");
    if (hao == std::string::npos) return doc_no + mark;
    return doc_no.substr(0, hao) + mark + doc_no.substr(hao);
  }
  std::string keyword_target(const Keyword& k) const {
    switch (k.target_kind) {
      case KeywordTarget::kDuty: {
        std::size_t hash = k.target.find('#');
        if (hash == std::string::npos) return k.target;
        return body(k.target.substr(0, hash)) + k.target.substr(hash);
      }
      case KeywordTarget::kMatter:
      case KeywordTarget::kPower:
        return code(k.target);
    }
    return k.target;
  }

 private:
  int copy_;
  std::string suffix_;
  std::set<std::string> body_ids_;
};

// Unified social credit codes of the copies: the copy number over characters 9.. (the start of
// the organisation code), then a bump counter after it if that code is already taken.
class UsccMaker {
 public:
  UsccMaker(const Dataset& base, int scale)
      : width_(std::max<std::size_t>(3, std::to_string(scale).size())) {
    for (const Body& b : base.bodies) taken_.insert(b.uscc);
  }
  std::string make(const std::string& base, int copy) {
    if (base.size() != 18) return base;  // not a code; the base has an error already
    for (long bump = 0; bump < 1000; ++bump) {
      std::string digits = zero_padded(copy, width_) + (bump ? zero_padded(bump, 3) : "");
      if (8 + digits.size() > 17) break;  // never touch the check character
      std::string code = base;
      code.replace(8, digits.size(), digits);
      if (taken_.insert(code).second) return code;
    }
    throw std::runtime_error("cannot find a free unified social credit code for copy " +
                             std::to_string(copy) + " of " + base);
  }

 private:
  std::size_t width_;
  std::set<std::string> taken_;
};

// Names that must be unique across the whole result; throws on a repeat.
class Unique {
 public:
  explicit Unique(std::string what) : what_(std::move(what)) {}
  // `owner` is the body a name belongs to: one body may use a name more than once.
  void add(const std::string& value, const std::string& owner = {}) {
    if (value.empty()) return;
    auto [it, fresh] = owners_.emplace(value, owner);
    if (!fresh && (owner.empty() || it->second != owner)) {
      throw std::runtime_error("synthesize: " + what_ + " \"" + value +
                               "\" would be used twice; rename it in the base");
    }
  }

 private:
  std::string what_;
  std::map<std::string, std::string> owners_;
};

void check_unique(const Dataset& d) {
  Unique bodies("body id or name"), documents("文号"), powers("事项编码"), matters("编号");
  for (const Body& b : d.bodies) {
    bodies.add(b.id, b.id);
    bodies.add(b.name, b.id);
    bodies.add(b.short_name, b.id);
  }
  for (const Document& doc : d.documents) documents.add(doc.doc_no);
  for (const PowerItem& p : d.powers) powers.add(p.code);
  for (const DivisionMatter& m : d.division_matters) matters.add(m.code);
}

}  // namespace

Dataset synthesize(const Dataset& base, int scale) {
  if (scale < 1) throw std::invalid_argument("synthesize: scale must be at least 1");
  Dataset out;
  out.name = base.name;
  out.title = base.title;
  out.data_date = base.data_date;
  out.division_code = base.division_code;
  out.sample = base.sample;
  out.lists_published = base.lists_published;
  out.synonyms = base.synonyms;

  // Copy 1: the base itself.
  out.bodies = base.bodies;
  out.contacts = base.contacts;
  out.documents = base.documents;
  out.sandings = base.sandings;
  out.powers = base.powers;
  out.responsibilities = base.responsibilities;
  out.task_lists = base.task_lists;
  out.division_matters = base.division_matters;
  out.keywords = base.keywords;
  const std::size_t n = std::size_t(scale);
  out.bodies.reserve(base.bodies.size() * n);
  out.documents.reserve(base.documents.size() * n);
  out.sandings.reserve(base.sandings.size() * n);
  out.powers.reserve(base.powers.size() * n);
  out.responsibilities.reserve(base.responsibilities.size() * n);
  for (std::size_t l = 0; l < base.task_lists.size(); ++l) {
    out.task_lists[l].items.reserve(base.task_lists[l].items.size() * n);
  }
  out.division_matters.reserve(base.division_matters.size() * n);
  out.keywords.reserve(base.keywords.size() * n);

  std::vector<int> largest_number;  // per task list: copy k's 序号 are shifted by (k-1) × this
  for (const TaskList& list : base.task_lists) {
    int largest = int(list.items.size());
    for (const TaskItem& t : list.items) largest = std::max(largest, t.number);
    largest_number.push_back(largest);
  }

  UsccMaker usccs(base, scale);
  for (int copy = 2; copy <= scale; ++copy) {
    const CopyNames names(base, copy);
    for (Body b : base.bodies) {
      bool short_is_name = b.short_name == b.name;
      b.id = names.body(b.id);
      b.name = names.name(b.name);
      b.short_name = short_is_name ? b.name : names.name(b.short_name);
      b.parent_id = names.body(b.parent_id);
      b.host_id = names.body(b.host_id);
      b.uscc = usccs.make(b.uscc, copy);
      out.bodies.push_back(std::move(b));
    }
    for (Contact c : base.contacts) {
      c.body_id = names.body(c.body_id);
      out.contacts.push_back(std::move(c));
    }
    for (Document d : base.documents) {
      d.doc_no = names.doc_no(d.doc_no);
      for (DutyChange& c : d.changes) {
        c.body_id = names.body(c.body_id);
        c.to_body_id = names.body(c.to_body_id);
      }
      out.documents.push_back(std::move(d));
    }
    for (Sanding s : base.sandings) {
      s.body_id = names.body(s.body_id);
      s.doc_no = names.doc_no(s.doc_no);
      for (DutyBoundary& boundary : s.boundaries) {
        boundary.with_body_ids = names.bodies(boundary.with_body_ids);
      }
      out.sandings.push_back(std::move(s));
    }
    for (PowerItem p : base.powers) {
      p.code = names.code(p.code);
      p.body_id = names.body(p.body_id);
      p.responsible_body_id = names.body(p.responsible_body_id);
      out.powers.push_back(std::move(p));
    }
    for (ResponsibilityItem r : base.responsibilities) {
      r.power_code = names.code(r.power_code);
      r.body_id = names.body(r.body_id);
      out.responsibilities.push_back(std::move(r));
    }
    for (std::size_t l = 0; l < base.task_lists.size(); ++l) {
      for (TaskItem t : base.task_lists[l].items) {
        t.number += (copy - 1) * largest_number[l];
        t.body_ids = names.bodies(t.body_ids);
        out.task_lists[l].items.push_back(std::move(t));
      }
    }
    for (DivisionMatter m : base.division_matters) {
      m.code = names.code(m.code);
      for (DivisionStage& stage : m.stages) {
        stage.lead_body_ids = names.bodies(stage.lead_body_ids);
        stage.cooperating_body_ids = names.bodies(stage.cooperating_body_ids);
      }
      out.division_matters.push_back(std::move(m));
    }
    for (Keyword k : base.keywords) {
      k.target = names.keyword_target(k);
      out.keywords.push_back(std::move(k));
    }
  }
  check_unique(out);
  return out;
}

}  // namespace dutyatlas::builder
