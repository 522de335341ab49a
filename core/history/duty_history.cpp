// The replay of documents into clause versions (see duty_history.h).
#include "core/history/duty_history.h"

#include <algorithm>
#include <cassert>
#include <map>

#include "core/base/enum_text.h"

namespace dutyatlas {
namespace {

constexpr EnumText<OpenedHow> kOpenedHow[] = {
    {OpenedHow::kSanding, "sanding"},
    {OpenedHow::kAdd, "add"},
    {OpenedHow::kReword, "reword"},
    {OpenedHow::kTransferIn, "transfer-in"},
};
constexpr EnumText<ClosedHow> kClosedHow[] = {
    {ClosedHow::kInForce, ""},
    {ClosedHow::kRemove, "remove"},
    {ClosedHow::kReword, "reword"},
    {ClosedHow::kTransferOut, "transfer-out"},
    {ClosedHow::kSuperseded, "superseded"},
};

// What happens on one date: a 三定 taking effect, or one document's changes.
struct Event {
  std::string date;
  int order = 0;  // 0: a 三定, 1: changes; 三定 first on the same day
  std::string issued;  // then the earlier-issued document first
  std::string doc_no;
  const Sanding* sanding = nullptr;
  std::size_t document_index = 0;
};

class Replay {
 public:
  explicit Replay(const Dataset& dataset) : dataset_(dataset) {}

  DutyHistory run() {
    for (const Event& event : events()) {
      if (event.sanding) apply_sanding(event);
      else apply_changes(event);
    }
    std::stable_sort(history_.versions.begin(), history_.versions.end(),
                     [](const ClauseVersion& a, const ClauseVersion& b) {
                       if (a.body_id != b.body_id) return a.body_id < b.body_id;
                       if (a.position != b.position) return a.position < b.position;
                       return a.valid_from < b.valid_from;
                     });
    return std::move(history_);
  }

 private:
  std::vector<Event> events() const {
    std::map<std::string, std::size_t> document_by_no;
    for (std::size_t i = 0; i < dataset_.documents.size(); ++i) {
      document_by_no.emplace(dataset_.documents[i].doc_no, i);
    }
    std::vector<Event> list;
    for (const Sanding& sanding : dataset_.sandings) {
      auto it = document_by_no.find(sanding.doc_no);
      if (it == document_by_no.end()) continue;  // the reader reports the missing document
      const Document& d = dataset_.documents[it->second];
      list.push_back({d.effective, 0, d.issued, sanding.doc_no, &sanding, it->second});
    }
    for (std::size_t i = 0; i < dataset_.documents.size(); ++i) {
      const Document& d = dataset_.documents[i];
      if (!d.changes.empty()) list.push_back({d.effective, 1, d.issued, d.doc_no, nullptr, i});
    }
    std::stable_sort(list.begin(), list.end(), [](const Event& a, const Event& b) {
      if (a.date != b.date) return a.date < b.date;
      if (a.order != b.order) return a.order < b.order;
      if (a.issued != b.issued) return a.issued < b.issued;
      return a.document_index < b.document_index;  // then as the publisher listed them
    });
    return list;
  }

  // Open clauses of one body: key → index into history_.versions.
  std::map<std::string, std::size_t>& open_clauses(const std::string& body_id) {
    return open_[body_id];
  }

  std::size_t open(const std::string& body_id, const std::string& key, int position,
                   const std::string& text, const Event& event, OpenedHow how) {
    ClauseVersion v;
    v.body_id = body_id;
    v.key = key;
    v.position = position;
    v.text = text;
    v.valid_from = event.date;
    v.opened_by = event.doc_no;
    v.opened_how = how;
    history_.versions.push_back(std::move(v));
    std::size_t index = history_.versions.size() - 1;
    open_clauses(body_id)[key] = index;
    int& next = next_position_[body_id];
    next = std::max(next, position + 1);
    return index;
  }

  // Where a clause added to `body_id` goes: after everything it has had.
  int next_position(const std::string& body_id) {
    auto it = next_position_.find(body_id);
    return it == next_position_.end() ? 1 : it->second;
  }

  void close(const std::string& body_id, const std::string& key, const Event& event,
             ClosedHow how) {
    auto& clauses = open_clauses(body_id);
    auto it = clauses.find(key);
    assert(it != clauses.end());  // callers close only open clauses
    ClauseVersion& v = history_.versions[it->second];
    // Events replay in date order: a version never ends before it began.
    assert(v.valid_from <= event.date);
    v.valid_to = event.date;
    v.closed_by = event.doc_no;
    v.closed_how = how;
    clauses.erase(it);
    closed_[body_id][key] = {event.doc_no, event.date};
  }

  void apply_sanding(const Event& event) {
    const Sanding& s = *event.sanding;
    auto& clauses = open_clauses(s.body_id);
    std::vector<std::string> keys;
    for (const auto& [key, index] : clauses) keys.push_back(key);
    for (const auto& key : keys) close(s.body_id, key, event, ClosedHow::kSuperseded);
    next_position_[s.body_id] = 1;
    for (std::size_t i = 0; i < s.duties.size(); ++i) {
      int number = int(i) + 1;
      open(s.body_id, std::to_string(number), number, s.duties[i], event, OpenedHow::kSanding);
    }
  }

  void problem(const Event& event, int change, std::string field, std::string message,
               std::string hint) {
    history_.problems.push_back(
        {event.document_index, change, std::move(field), std::move(message), std::move(hint)});
  }

  // Why `key` is not in force in `body_id` on the event's date: a hint for the publisher.
  std::string absence_hint(const std::string& body_id, const std::string& key) {
    auto body = closed_.find(body_id);
    if (body != closed_.end()) {
      auto it = body->second.find(key);
      if (it != body->second.end()) {
        return "it ended on " + it->second.second + " by " + it->second.first;
      }
    }
    const auto& clauses = open_clauses(body_id);
    if (clauses.empty()) return "the body has no clauses in force then: is its 三定 later?";
    return "clauses in force then: " + key_list(clauses);
  }

  static std::string key_list(const std::map<std::string, std::size_t>& clauses) {
    std::string out;
    int shown = 0;
    for (const auto& [key, index] : clauses) {
      if (shown++ == 12) return out + ", …";
      out += (out.empty() ? "" : ", ") + key;
    }
    return out;
  }

  void apply_changes(const Event& event) {
    const Document& document = dataset_.documents[event.document_index];
    for (std::size_t i = 0; i < document.changes.size(); ++i) {
      const DutyChange& c = document.changes[i];
      int index = int(i);
      auto& clauses = open_clauses(c.body_id);
      bool exists = clauses.count(c.clause_key) > 0;
      if (c.action == ChangeAction::kAdd) {
        if (exists) {
          problem(event, index, "clause", "clause \"" + c.clause_key + "\" of " + c.body_id +
                  " is already in force on " + event.date, "give the new clause a new key");
          continue;
        }
        open(c.body_id, c.clause_key, next_position(c.body_id), c.text, event, OpenedHow::kAdd);
        continue;
      }
      if (!exists) {
        problem(event, index, "clause", "clause \"" + c.clause_key + "\" of " + c.body_id +
                " is not in force on " + event.date, absence_hint(c.body_id, c.clause_key));
        continue;
      }
      const ClauseVersion& current = history_.versions[clauses.at(c.clause_key)];
      std::string old_text = current.text;
      int position = current.position;
      switch (c.action) {
        case ChangeAction::kRemove:
          close(c.body_id, c.clause_key, event, ClosedHow::kRemove);
          break;
        case ChangeAction::kReword:
          close(c.body_id, c.clause_key, event, ClosedHow::kReword);
          open(c.body_id, c.clause_key, position, c.text, event, OpenedHow::kReword);
          break;
        case ChangeAction::kTransfer: {
          if (open_clauses(c.to_body_id).count(c.as_key)) {
            problem(event, index, "as", "clause \"" + c.as_key + "\" of " + c.to_body_id +
                    " is already in force on " + event.date, "choose another key for \"as\"");
            continue;
          }
          std::size_t out = clauses.at(c.clause_key);
          history_.versions[out].to_body_id = c.to_body_id;
          close(c.body_id, c.clause_key, event, ClosedHow::kTransferOut);
          std::size_t in = open(c.to_body_id, c.as_key, next_position(c.to_body_id),
                                c.text.empty() ? old_text : c.text, event, OpenedHow::kTransferIn);
          history_.versions[in].from_body_id = c.body_id;
          break;
        }
        case ChangeAction::kAdd:
          break;  // handled above
      }
    }
  }

  const Dataset& dataset_;
  DutyHistory history_;
  std::map<std::string, std::map<std::string, std::size_t>> open_;
  std::map<std::string, std::map<std::string, std::pair<std::string, std::string>>> closed_;
  std::map<std::string, int> next_position_;
};

}  // namespace

std::string_view opened_how_code(OpenedHow how) { return enum_text(kOpenedHow, how).code; }
std::string_view closed_how_code(ClosedHow how) { return enum_text(kClosedHow, how).code; }
bool parse_opened_how(std::string_view code, OpenedHow* out) {
  return parse_enum_text(kOpenedHow, code, out);
}
bool parse_closed_how(std::string_view code, ClosedHow* out) {
  return parse_enum_text(kClosedHow, code, out);
}

DutyHistory replay_duty_history(const Dataset& dataset) { return Replay(dataset).run(); }

}  // namespace dutyatlas
