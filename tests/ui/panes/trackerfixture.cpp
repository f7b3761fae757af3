// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "trackerfixture.h"

#include "analysis/analyzer.h"
#include "import/importer.h"
#include "tracker/tracker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Promissa
{

QString TrackerFixture::exampleLetter()
{
    return QStringLiteral(PROMISSA_TEST_DATA "/kamerbrief-2025-03-04-oekraine.txt");
}

QString TrackerFixture::followUp(const QString &fileName)
{
    return QStringLiteral(PROMISSA_TEST_DATA "/followups/") + fileName;
}

TrackerFixture::TrackerFixture()
    : m_session(std::make_unique<TrackerSession>())
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return;
    }
    TrackerOptions options;
    options.author = u"tester"_s;
    options.today = pinnedToday();
    if (const auto opened = m_session->open(m_dir.filePath(u"panes.promissa"_s), options); !opened)
        m_error = opened.error().message;
}

TrackerFixture::~TrackerFixture() = default;

bool TrackerFixture::isOpen() const
{
    return m_session->isOpen();
}

qint64 TrackerFixture::import(const QString &path)
{
    const auto result = m_session->tracker()->importFile(path, m_session->analyzer());
    if (!result) {
        m_error = result.error().message;
        return 0;
    }
    m_session->notifyLettersChanged();
    return result->letterId;
}

int TrackerFixture::count(const CommitmentFilter &filter)
{
    const auto found = m_session->tracker()->commitments(filter);
    return found ? int(found->size()) : -1;
}

QString TrackerFixture::firstId()
{
    const auto found = m_session->tracker()->commitments();
    return found && !found->isEmpty() ? found->first().id : QString();
}

qint64 TrackerFixture::importExample()
{
    auto letter = importLetter(exampleLetter());
    if (!letter) {
        m_error = letter.error().message;
        return 0;
    }
    QFile file(followUp(u"expectations.json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"%1: %2"_s.arg(file.fileName(), file.errorString());
        return 0;
    }
    const QJsonObject tracked = QJsonDocument::fromJson(file.readAll()).object().value(u"tracked").toObject();
    LetterMetadata &m = letter->metadata;
    m.date = QDate::fromString(tracked.value(u"date").toString(), Qt::ISODate);
    m.subject = tracked.value(u"subject").toString();
    m.ministry = tracked.value(u"ministry").toString();
    m.kamerstuk = tracked.value(u"kamerstuk").toString();
    m.documentNumber = tracked.value(u"documentNumber").toString();
    if (m.subject.isEmpty() || m.ministry.isEmpty()) {
        m_error = u"%1: no tracked letter with subject and ministry"_s.arg(file.fileName());
        return 0;
    }
    const Analysis analysis = m_session->analyzer().analyze(*letter);
    const auto result = m_session->tracker()->importLetter(*letter, analysis);
    if (!result) {
        m_error = result.error().message;
        return 0;
    }
    m_session->notifyLettersChanged();
    return result->letterId;
}

} // namespace Promissa
