// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "analysis/evaluation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

/// The letter text with every run of white space folded to one space, and
/// the way back to positions in the original text.
class FoldedText
{
public:
    explicit FoldedText(const QString &text)
    {
        m_text.reserve(text.size());
        m_toOriginal.reserve(text.size() + 1);
        bool inSpace = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isSpace()) {
                if (inSpace)
                    continue;
                inSpace = true;
                m_text += u' ';
            } else {
                inSpace = false;
                m_text += text.at(i);
            }
            m_toOriginal.append(i);
        }
        m_toOriginal.append(text.size());
    }

    /// Where `needle` (folded) stands in the original text; {-1,-1} if nowhere.
    TextRange find(const QString &needle, qsizetype from = 0) const
    {
        const QString n = fold(needle);
        const qsizetype foldedFrom = std::lower_bound(m_toOriginal.cbegin(), m_toOriginal.cend(), from) - m_toOriginal.cbegin();
        const qsizetype at = m_text.indexOf(n, foldedFrom);
        if (at < 0 || n.isEmpty())
            return {-1, -1};
        return {m_toOriginal.at(at), m_toOriginal.at(at + n.size() - 1) + 1};
    }

    static QString fold(const QString &s) { return s.simplified(); }

private:
    QString m_text;
    QList<qsizetype> m_toOriginal;
};

bool sentenceHas(const QString &foldedSentence, const QString &anchor)
{
    return foldedSentence.contains(FoldedText::fold(anchor));
}

QString vagueClassOf(const TimeExpression &t)
{
    return t.precision == Precision::Vague ? t.vague : QString();
}

// "2025-06" accepts any day of June 2025; "2025-06-24" only that day.
bool dateMatches(const QString &gold, QDate detected)
{
    if (!detected.isValid())
        return false;
    if (gold.size() == 7)
        return detected.toString(u"yyyy-MM"_s) == gold;
    return detected.toString(Qt::ISODate) == gold;
}

} // namespace

double Evaluation::precision() const
{
    const int detected = truePositives + falsePositives;
    return detected == 0 ? 0.0 : double(truePositives) / detected;
}

double Evaluation::recall() const
{
    const int gold = truePositives + falseNegatives;
    return gold == 0 ? 1.0 : double(truePositives) / gold;
}

double Evaluation::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

Expected<QJsonObject> readGoldFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: cannot open the gold file: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(u"%1: not valid JSON at offset %2: %3"_s.arg(path).arg(error.offset).arg(error.errorString()));
    if (!doc.isObject() || !doc.object().value(u"commitments"_s).isArray())
        return fail(u"%1: not a gold annotation file (no \"commitments\" list)"_s.arg(path));
    return doc.object();
}

Evaluation evaluate(const QJsonObject &gold, const Letter &letter, const Analysis &analysis)
{
    Evaluation e;
    const FoldedText folded(letter.text);

    // One entry per detected sentence (a sentence may hold several commitments).
    struct Detected {
        QString sentence;
        const Commitment *commitment;
        bool matched = false;
    };
    QList<Detected> detected;
    QList<int> seen;
    for (const Commitment &c : analysis.commitments) {
        if (c.sentence < 0 || c.sentence >= letter.sentences.size() || seen.contains(c.sentence))
            continue;
        seen << c.sentence;
        detected.append({FoldedText::fold(letter.slice(letter.sentences.at(c.sentence).range).toString()), &c});
    }

    const QJsonArray core = gold.value(u"commitments"_s).toArray();
    for (const QJsonValue &v : core) {
        const QJsonObject g = v.toObject();
        const QString anchor = g.value(u"anchor"_s).toString();
        auto hit = std::find_if(detected.begin(), detected.end(), [&](const Detected &d) {
            return sentenceHas(d.sentence, anchor);
        });
        if (hit == detected.end()) {
            ++e.falseNegatives;
            e.problems << u"missed commitment %1: \"%2\""_s.arg(g.value(u"id"_s).toString(), anchor);
            continue;
        }
        hit->matched = true;
        ++e.truePositives;
        ++e.kinds.total;
        const QString goldKind = g.value(u"kind"_s).toString();
        if (commitmentKindName(hit->commitment->kind) == goldKind)
            ++e.kinds.right;
        else
            e.problems << u"kind of %1: %2, gold %3"_s.arg(g.value(u"id"_s).toString(), commitmentKindName(hit->commitment->kind), goldKind);

        const QJsonObject gd = g.value(u"deadline"_s).toObject();
        if (gd.isEmpty())
            continue;
        ++e.deadlines.total;
        const auto &dl = hit->commitment->deadline;
        const TextRange sentence = letter.sentences.at(hit->commitment->sentence).range;
        const TextRange goldPlace = folded.find(gd.value(u"anchor"_s).toString(), sentence.start);
        bool right = dl.has_value() && goldPlace.start >= 0 && dl->range.overlaps(goldPlace);
        if (right) {
            const QString value = gd.value(u"value"_s).toString();
            if (gd.value(u"type"_s).toString() == u"vague") {
                right = vagueClassOf(*dl) == value;
            } else {
                const QJsonArray range = gd.value(u"range"_s).toArray();
                if (range.size() == 2) {
                    const QDate from = QDate::fromString(range.at(0).toString(), Qt::ISODate);
                    const QDate to = QDate::fromString(range.at(1).toString(), Qt::ISODate);
                    right = dl->date.isValid() && dl->date >= from && dl->date <= to;
                } else {
                    right = dateMatches(value, dl->date);
                }
            }
        }
        if (right)
            ++e.deadlines.right;
        else
            e.problems << u"deadline of %1: got \"%2\" (%3), gold \"%4\" (%5)"_s.arg(g.value(u"id"_s).toString(),
                                                                                 dl ? dl->text : u"none"_s,
                                                                                 dl ? (dl->date.isValid() ? dl->date.toString(Qt::ISODate) : dl->vague) : QString(),
                                                                                 gd.value(u"anchor"_s).toString(),
                                                                                 gd.value(u"value"_s).toString());
    }

    const QJsonArray borderline = gold.value(u"borderline"_s).toArray();
    for (const Detected &d : std::as_const(detected)) {
        if (d.matched)
            continue;
        const bool isBorderline = std::any_of(borderline.cbegin(), borderline.cend(), [&](const QJsonValue &b) {
            return sentenceHas(d.sentence, b.toObject().value(u"anchor"_s).toString());
        });
        if (!isBorderline) {
            ++e.falsePositives;
            e.problems << u"false commitment: \"%1\""_s.arg(d.sentence.left(100));
        }
    }
    for (const QJsonValue &v : gold.value(u"not_commitments"_s).toArray()) {
        const QString anchor = v.toObject().value(u"anchor"_s).toString();
        ++e.trapsAvoided.total;
        if (std::none_of(detected.cbegin(), detected.cend(), [&](const Detected &d) {
                return sentenceHas(d.sentence, anchor);
            }))
            ++e.trapsAvoided.right;
    }

    for (const QJsonValue &v : gold.value(u"dates"_s).toArray()) {
        const QJsonObject g = v.toObject();
        ++e.dates.total;
        const TextRange anchor = folded.find(g.value(u"anchor"_s).toString());
        const TextRange place = anchor.start < 0 ? anchor : folded.find(g.value(u"text"_s).toString(), anchor.start);
        const QString want = g.value(u"date"_s).toString();
        const bool right = place.start >= 0 && std::any_of(analysis.times.cbegin(), analysis.times.cend(), [&](const TimeExpression &t) {
            return t.range.overlaps(place) && dateMatches(want, t.date);
        });
        if (right)
            ++e.dates.right;
        else
            e.problems << u"date \"%1\" in \"%2\": not found as %3"_s.arg(g.value(u"text"_s).toString(), g.value(u"anchor"_s).toString(), want);
    }

    for (const QJsonValue &v : gold.value(u"references"_s).toArray()) {
        const QJsonObject g = v.toObject();
        ++e.references.total;
        const TextRange place = folded.find(g.value(u"anchor"_s).toString());
        const QString target = g.value(u"target"_s).toString();
        const bool right = std::any_of(analysis.references.cbegin(), analysis.references.cend(), [&](const Reference &r) {
            return (place.start >= 0 && r.range.overlaps(place)) || r.key == target;
        });
        if (right)
            ++e.references.right;
        else
            e.problems << u"reference not found: \"%1\" (%2)"_s.arg(g.value(u"anchor"_s).toString(), target);
    }

    e.goldLetterDate = gold.value(u"letter_date"_s).toString();
    e.detectedLetterDate = analysis.letterDate.date.isValid() ? analysis.letterDate.date.toString(Qt::ISODate) : QString();
    e.letterDateRight = !e.goldLetterDate.isEmpty() && e.goldLetterDate == e.detectedLetterDate;
    return e;
}

QString evaluationTable(const Evaluation &e)
{
    auto pct = [](double x) {
        return u"%1%"_s.arg(x * 100.0, 5, 'f', 1);
    };
    auto count = [&](const Evaluation::Count &c) {
        return u"%1/%2  %3"_s.arg(c.right, 3).arg(c.total, -3).arg(pct(c.ratio()));
    };
    QString out;
    out += u"measure                 result\n"_s;
    out += u"----------------------  ------------------\n"_s;
    out += u"commitments precision   %1  (%2 true, %3 false)\n"_s.arg(pct(e.precision())).arg(e.truePositives).arg(e.falsePositives);
    out += u"commitments recall      %1  (%2 of %3)\n"_s.arg(pct(e.recall())).arg(e.truePositives).arg(e.truePositives + e.falseNegatives);
    out += u"commitments F1          %1\n"_s.arg(pct(e.f1()));
    out += u"commitment kinds        "_s + count(e.kinds) + u'\n';
    out += u"traps avoided           "_s + count(e.trapsAvoided) + u'\n';
    out += u"deadlines               "_s + count(e.deadlines) + u'\n';
    out += u"dates                   "_s + count(e.dates) + u'\n';
    out += u"references (recall)     "_s + count(e.references) + u'\n';
    out += u"letter date             %1 (gold %2)\n"_s.arg(e.letterDateRight ? u"right"_s : u"WRONG"_s, e.goldLetterDate);
    if (!e.problems.isEmpty()) {
        out += u"\nproblems:\n"_s;
        for (const QString &p : e.problems)
            out += u"  - "_s + p + u'\n';
    }
    return out;
}

} // namespace Promissa
