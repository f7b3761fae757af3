// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "screenshots.h"

#include "dialogs/startup.h"
#include "letterview.h"
#include "mainwindow.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QPixmap>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{
// Highlighting is queued by QSyntaxHighlighter and the docks settle their
// sizes over a few events; this long after the window is shown it is still.
constexpr int s_settleMs = 600;
} // namespace

Screenshots::Screenshots(MainWindow &window, TrackerSession &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
{
}

Screenshots::~Screenshots() = default;

void Screenshots::populate(const QStringList &files)
{
    Tracker *tracker = m_session.tracker();
    if (!tracker)
        return;
    if (files.isEmpty()) {
        if (!Startup::importExample(m_session))
            return;
    } else {
        m_window.openFiles(files);
    }
    const QList<TrackedLetter> letters = tracker->letters().value_or(QList<TrackedLetter>());
    if (letters.isEmpty())
        return;
    // The oldest letter is the one the later ones follow up: the example.
    const TrackedLetter first = *std::ranges::min_element(letters, {}, &TrackedLetter::date);
    CommitmentFilter ofFirst;
    ofFirst.letterId = first.id;
    ofFirst.includeRejected = true;
    const QList<TrackedCommitment> commitments = tracker->commitments(ofFirst).value_or(QList<TrackedCommitment>());

    // A later letter fulfils one of them: confirmed (its status offer is
    // answered by the caller's message-box hook).
    const auto suggestions = tracker->suggestions().value_or(QList<LinkSuggestion>());
    for (const LinkSuggestion &s : suggestions) {
        if (s.type == LinkType::Fulfils && m_commitment.isEmpty()) {
            if (m_session.confirmSuggestion(s.id))
                m_commitment = s.toCommitment;
        }
    }
    for (const LinkSuggestion &s : suggestions) {
        if (s.type != LinkType::Fulfils && s.score >= 0.6)
            m_session.confirmSuggestion(s.id);
    }

    // Some of a day's work, so that the statuses' colours show. The texts
    // are data, as a Dutch user would type them, not interface strings.
    int edited = 0;
    for (const TrackedCommitment &c : commitments) {
        if (c.rejected || c.id == m_commitment)
            continue;
        switch (edited++) {
        case 1:
            m_session.setStatus(c.id, Status::PartlyDone, u"Eerste tranche is verstuurd"_s);
            m_session.setOwner(c.id, u"A. de Vries"_s);
            break;
        case 3:
            m_session.setStatus(c.id, Status::Done, u"Besproken in het commissiedebat"_s);
            m_session.setOwner(c.id, u"J. Bakker"_s);
            break;
        case 5:
            m_session.setRejected(c.id, true, u"Beschrijft beleid, geen toezegging"_s);
            break;
        case 6:
            m_session.setStatus(c.id, Status::Lapsed, u"Ingehaald door het nieuwe pakket"_s);
            break;
        case 8:
            m_session.setOwner(c.id, u"A. de Vries"_s);
            m_session.addNote(first.id, c.span, u"Navragen bij de directie Europa"_s, c.id);
            break;
        default:
            break;
        }
    }
    if (m_commitment.isEmpty() && !commitments.isEmpty())
        m_commitment = commitments.constFirst().id;
    if (!m_commitment.isEmpty()) {
        m_session.setOwner(m_commitment, u"J. Bakker"_s);
        m_window.showLetter(first.id);
    }
}

bool Screenshots::save(QWidget *widget, const QString &fileName)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(fileName)) {
        std::fprintf(stderr, "promissa: could not write the screenshot to %s\n", qPrintable(QDir::toNativeSeparators(fileName)));
        m_failed = true;
        return false;
    }
    return true;
}

void Screenshots::start(const QString &target)
{
    m_target = target;
    m_window.resize(1400, 900);
    m_window.show();
    // Selected once shown, so that the letter scrolls in its final layout.
    QTimer::singleShot(0, &m_window, [this] {
        m_window.selectCommitment(m_commitment);
    });
    QTimer::singleShot(s_settleMs, &m_window, [this] {
        if (m_window.windowHandle() && !m_window.windowHandle()->isExposed())
            qWarning("promissa: the window was never exposed; the screenshot may be empty");
        if (m_target.endsWith(u".png"_s, Qt::CaseInsensitive)) {
            save(&m_window, m_target);
            QCoreApplication::exit(m_failed ? 1 : 0);
            return;
        }
        shootPanes();
    });
}

void Screenshots::shootPanes()
{
    const QDir dir(m_target);
    if (!dir.exists() && !QDir().mkpath(m_target)) {
        std::fprintf(stderr, "promissa: could not create %s\n", qPrintable(QDir::toNativeSeparators(m_target)));
        QCoreApplication::exit(1);
        return;
    }
    save(&m_window, dir.filePath(u"mainwindow.png"_s));
    save(m_window.centralWidget(), dir.filePath(u"letter.png"_s));
    const auto dock = [this](const QString &name) {
        return m_window.findChild<QDockWidget *>(name);
    };
    for (const auto &[name, file] : {std::pair{u"lettersDock"_s, u"letters.png"_s},
                                     std::pair{u"commitmentsDock"_s, u"commitments.png"_s},
                                     std::pair{u"detailsDock"_s, u"details.png"_s}}) {
        if (QDockWidget *d = dock(name))
            save(d, dir.filePath(file));
    }
    // The deadlines share a tab with the details: bring them up first.
    if (QDockWidget *deadlines = dock(u"deadlinesDock"_s)) {
        deadlines->raise();
        QTimer::singleShot(s_settleMs / 2, &m_window, [this, deadlines, dir] {
            save(deadlines, dir.filePath(u"deadlines.png"_s));
            QCoreApplication::exit(m_failed ? 1 : 0);
        });
        return;
    }
    QCoreApplication::exit(m_failed ? 1 : 0);
}

} // namespace Promissa
