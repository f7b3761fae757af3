// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#include "panes/detailspane.h"

#include "messagebox.h"
#include "models/historymodel.h"
#include "models/labels.h"
#include "models/linkmodel.h"
#include "panes/commitmentlinkswidget.h"
#include "panes/noteswidget.h"
#include "session/trackersession.h"
#include "tracker/tracker.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Promissa
{

namespace
{

// The sentence with the commitment's own words in bold.
QString sentenceHtml(const TrackedCommitment &c)
{
    const qsizetype start = c.span.start - c.sentenceRange.start;
    const qsizetype length = c.span.length();
    if (start < 0 || length <= 0 || start + length > c.text.size())
        return c.text.toHtmlEscaped();
    return c.text.left(start).toHtmlEscaped() + u"<b>"_s + c.text.mid(start, length).toHtmlEscaped() + u"</b>"_s
        + c.text.mid(start + length).toHtmlEscaped();
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QLabel *createValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DetailsPane::DetailsPane(TrackerSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(new HistoryModel(session, this))
{
    setObjectName(u"detailsPane"_s);
    setAccessibleName(tr("Commitment details"));

    m_stack = new QStackedWidget(this);
    auto *placeholder = new QLabel(tr("Select a commitment to see its details."), m_stack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(createFieldsPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&session, &TrackerSession::commitmentChanged, this, [this](const QString &id) {
        if (id == m_current.id)
            load();
    });
    connect(&session, &TrackerSession::commitmentsChanged, this, [this] {
        if (!m_current.id.isEmpty())
            load();
    });
    connect(&session, &TrackerSession::closed, this, [this] {
        showCommitment({});
    });
    connect(m_history, &HistoryModel::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("History"), message);
    });
    showCommitment({});
}

DetailsPane::~DetailsPane()
{
    // The models outlive this part of the object; whatever they say while
    // they are torn down must not reach it.
    m_history->disconnect(this);
    m_links->linkModel()->disconnect(this);
    m_links->suggestionModel()->disconnect(this);
}

QWidget *DetailsPane::createFieldsPage()
{
    auto *page = new QWidget(m_stack);

    m_title = new QLabel(page);
    m_title->setObjectName(u"commitmentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_letter = new QLabel(page);
    m_letter->setObjectName(u"commitmentLetter"_s);
    m_letter->setWordWrap(true);
    m_letter->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_letter, &QLabel::linkActivated, this, [this] {
        if (m_current.letterId != 0)
            Q_EMIT letterActivated(m_current.letterId);
    });
    m_sentence = createValueLabel(page);
    m_sentence->setObjectName(u"commitmentSentence"_s);
    m_sentence->setAccessibleName(tr("Sentence"));
    m_sentence->setTextFormat(Qt::RichText);

    m_status = new QComboBox(page);
    m_status->setObjectName(u"statusCombo"_s);
    for (Status s : Labels::statuses())
        m_status->addItem(Labels::status(s), int(s));
    connect(m_status, &QComboBox::activated, this, &DetailsPane::statusPicked);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"kindCombo"_s);
    for (CommitmentKind k : Labels::kinds())
        m_kind->addItem(Labels::kind(k), int(k));
    connect(m_kind, &QComboBox::activated, this, &DetailsPane::kindPicked);

    m_actor = new QLineEdit(page);
    m_actor->setObjectName(u"actorEdit"_s);
    connect(m_actor, &QLineEdit::editingFinished, this, &DetailsPane::applyActor);

    m_deadlineText = new QLineEdit(page);
    m_deadlineText->setObjectName(u"deadlineTextEdit"_s);
    m_deadlineText->setAccessibleName(tr("Deadline as written"));
    m_deadlineText->setPlaceholderText(tr("As written, e.g. “voor de zomer”"));
    m_hasDate = new QCheckBox(tr("D&ue on"), page);
    m_hasDate->setObjectName(u"deadlineHasDate"_s);
    m_deadlineDate = new QDateEdit(page);
    m_deadlineDate->setObjectName(u"deadlineDateEdit"_s);
    m_deadlineDate->setAccessibleName(tr("Deadline day"));
    m_deadlineDate->setCalendarPopup(true);
    connect(m_deadlineText, &QLineEdit::editingFinished, this, &DetailsPane::applyDeadline);
    connect(m_deadlineDate, &QDateEdit::editingFinished, this, &DetailsPane::applyDeadline);
    connect(m_deadlineDate->calendarWidget(), &QCalendarWidget::clicked, this, &DetailsPane::applyDeadline);
    connect(m_hasDate, &QCheckBox::clicked, this, [this](bool checked) {
        m_deadlineDate->setEnabled(checked);
        applyDeadline();
    });
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadlineText, 1);
    deadlineRow->addWidget(m_hasDate);
    deadlineRow->addWidget(m_deadlineDate);

    m_owner = new QLineEdit(page);
    m_owner->setObjectName(u"ownerEdit"_s);
    m_owner->setPlaceholderText(tr("Who follows this up"));
    connect(m_owner, &QLineEdit::editingFinished, this, &DetailsPane::applyOwner);

    m_tags = new QLineEdit(page);
    m_tags->setObjectName(u"tagsEdit"_s);
    m_tags->setPlaceholderText(tr("Comma-separated"));
    connect(m_tags, &QLineEdit::editingFinished, this, &DetailsPane::applyTags);

    m_condition = createValueLabel(page);
    m_origin = createValueLabel(page);
    m_fulfilledBy = createValueLabel(page);
    m_fulfilledBy->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_fulfilledBy, &QLabel::linkActivated, this, [this] {
        if (m_current.fulfilledByLetter != 0)
            Q_EMIT letterActivated(m_current.fulfilledByLetter);
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Actor:"), m_actor);
    auto *deadlineLabel = new QLabel(tr("&Deadline:"), page);
    deadlineLabel->setBuddy(m_deadlineText);
    form->addRow(deadlineLabel, deadlineRow);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Condition:"), m_condition);
    form->addRow(tr("Source:"), m_origin);
    form->addRow(tr("Fulfilled by:"), m_fulfilledBy);
    // The labels' buddies give the mnemonics and the fields' accessible names.
    for (QWidget *field : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_actor),
                           static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_tags)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field))) {
            QString name = label->text();
            field->setAccessibleName(name.remove(u'&').remove(u':'));
        }
    }

    m_historyView = new QTreeView(page);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setAccessibleName(tr("History"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAllColumnsShowFocus(true);
    // A commitment has a handful of history rows: measuring them is cheap,
    // and the dock is too narrow to guess widths that fit.
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->header()->setStretchLastSection(true);
    m_notes = new NotesWidget(m_session, page);
    m_notes->setObjectName(u"notesWidget"_s);
    m_links = new CommitmentLinksWidget(m_session, page);
    m_links->setObjectName(u"linksWidget"_s);
    connect(m_links, &CommitmentLinksWidget::commitmentActivated, this, &DetailsPane::commitmentActivated);
    connect(m_links, &CommitmentLinksWidget::letterActivated, this, &DetailsPane::letterActivated);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_links, tr("Links"));
    connect(m_history, &QAbstractItemModel::modelReset, this, &DetailsPane::updateTabTitles);
    connect(m_links->linkModel(), &QAbstractItemModel::modelReset, this, &DetailsPane::updateTabTitles);
    connect(m_links->suggestionModel(), &QAbstractItemModel::modelReset, this, &DetailsPane::updateTabTitles);
    connect(m_notes, &NotesWidget::notesLoaded, this, &DetailsPane::updateTabTitles);

    // The fields scroll in a narrow dock; the tabs keep the rest of the height.
    auto *fields = new QWidget(page);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(m_title);
    fieldsLayout->addWidget(m_letter);
    fieldsLayout->addWidget(m_sentence);
    fieldsLayout->addLayout(form);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    // The tabs' tree views would ask for most of the height; the fields
    // come first, so the stretch alone divides it.
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_tabs, 2);

    setTabOrder(m_status, m_kind);
    setTabOrder(m_kind, m_actor);
    setTabOrder(m_actor, m_deadlineText);
    setTabOrder(m_deadlineText, m_hasDate);
    setTabOrder(m_hasDate, m_deadlineDate);
    setTabOrder(m_deadlineDate, m_owner);
    setTabOrder(m_owner, m_tags);
    setTabOrder(m_tags, m_tabs);
    return page;
}

void DetailsPane::showCommitment(const QString &id)
{
    m_current = TrackedCommitment();
    m_current.id = id;
    load();
}

void DetailsPane::load()
{
    const Tracker *tracker = m_session.tracker();
    std::optional<TrackedCommitment> found;
    if (tracker && !m_current.id.isEmpty()) {
        auto fresh = tracker->commitment(m_current.id);
        if (fresh)
            found = std::move(*fresh);
        else if (fresh.error().kind != Error::Kind::NotFound)
            MessageBox::warning(this, tr("Commitment"), fresh.error().message);
    }
    if (!found) {
        m_current = TrackedCommitment();
        m_loadedId.clear();
        m_history->setCommitmentId({});
        m_links->setCommitmentId({});
        m_notes->setCommitment({});
        m_stack->setCurrentIndex(0);
        return;
    }
    const bool sameCommitment = found->id == m_loadedId;
    m_loadedId = found->id;
    m_current = std::move(*found);
    const TrackedCommitment &c = m_current;

    m_title->setText(c.rejected ? tr("%1 (rejected)").arg(c.number) : c.number);
    QString letterTitle;
    QDate letterDate;
    if (const auto letter = tracker->letter(c.letterId)) {
        letterTitle = letter->subject.isEmpty() ? QFileInfo(letter->fileName).completeBaseName() : letter->subject;
        letterDate = letter->date;
    }
    m_letter->setText(tr("In <a href=\"letter\">%1</a>, %2")
                          .arg(letterTitle.toHtmlEscaped(), letterDate.isValid() ? QLocale().toString(letterDate, QLocale::LongFormat) : tr("undated")));
    m_sentence->setText(sentenceHtml(c));

    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_actor->setText(c.actor);
    m_deadlineText->setText(c.deadline.text);
    m_hasDate->setChecked(c.deadline.date.isValid());
    m_deadlineDate->setDate(c.deadline.date.isValid() ? c.deadline.date : tracker->today());
    m_owner->setText(c.owner);
    m_tags->setText(c.tags.join(u", "_s));
    m_condition->setText(c.condition.isEmpty() ? tr("none") : c.condition);
    QString origin = Labels::origin(c.origin);
    if (c.origin == Origin::Detected)
        origin = tr("%1 (confidence %2%)").arg(origin, QLocale().toString(c.confidence * 100.0, 'f', 0));
    if (!c.deadline.event.isEmpty())
        origin += u"\n"_s + tr("Deadline through the event: %1").arg(c.deadline.event);
    m_origin->setText(origin);
    if (c.fulfilledByLetter != 0) {
        const auto letter = tracker->letter(c.fulfilledByLetter);
        const QString title = letter ? letter->subject : QString::number(c.fulfilledByLetter);
        m_fulfilledBy->setText(u"<a href=\"letter\">%1</a>"_s.arg(title.toHtmlEscaped()));
    } else {
        m_fulfilledBy->setText(tr("not yet"));
    }
    setEditable(!tracker->isReadOnly());

    // A changed field of the same commitment must not reset the tab the user
    // is reading, nor reload what did not change.
    if (!sameCommitment) {
        m_links->setCommitmentId(c.id);
        m_history->setCommitmentId(c.id);
    }
    m_notes->setCommitment(c);
    m_stack->setCurrentIndex(1);
    updateTabTitles();
}

void DetailsPane::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_kind, m_actor, m_deadlineText, m_hasDate, m_owner, m_tags})
        w->setEnabled(editable);
    m_deadlineDate->setEnabled(editable && m_hasDate->isChecked());
}

void DetailsPane::updateTabTitles()
{
    m_tabs->setTabText(0, tr("History (%1)").arg(m_history->rowCount()));
    m_tabs->setTabText(1, tr("Notes (%1)").arg(m_notes->list()->count()));
    const int links = m_links->linkModel()->rowCount();
    const int suggested = m_links->suggestionModel()->rowCount();
    m_tabs->setTabText(2, suggested > 0 ? tr("Links (%1, %2 suggested)").arg(links).arg(suggested) : tr("Links (%1)").arg(links));
}

void DetailsPane::statusPicked(int index)
{
    const auto status = Status(m_status->itemData(index).toInt());
    if (m_current.id.isEmpty() || status == m_current.status)
        return;
    // Why a status changed is what colleagues ask later: ask for it, but do
    // not insist. The dialog is window-modal without blocking, so the test
    // (and the screenshot script) can answer it.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"statusReasonDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change Status"));
    dialog->setLabelText(tr("Why does %1 change from “%2” to “%3”? (optional)")
                             .arg(m_current.number, Labels::status(m_current.status), Labels::status(status)));
    const QString id = m_current.id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, status](const QString &reason) {
        m_session.setStatus(id, status, reason.trimmed());
        load(); // on refusal, the combo goes back to what the tracker holds
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_status->setCurrentIndex(m_status->findData(int(m_current.status)));
    });
    dialog->open();
}

void DetailsPane::kindPicked(int index)
{
    const auto kind = CommitmentKind(m_kind->itemData(index).toInt());
    if (m_current.id.isEmpty() || kind == m_current.kind)
        return;
    m_session.setKind(m_current.id, kind);
    load();
}

void DetailsPane::applyActor()
{
    const QString actor = m_actor->text().trimmed();
    if (m_current.id.isEmpty() || actor == m_current.actor)
        return;
    m_session.setActor(m_current.id, actor);
    load();
}

void DetailsPane::applyOwner()
{
    const QString owner = m_owner->text().trimmed();
    if (m_current.id.isEmpty() || owner == m_current.owner)
        return;
    m_session.setOwner(m_current.id, owner);
    load();
}

void DetailsPane::applyTags()
{
    const QStringList tags = parseTags(m_tags->text());
    if (m_current.id.isEmpty() || tags == m_current.tags)
        return;
    m_session.setTags(m_current.id, tags);
    load();
}

void DetailsPane::applyDeadline()
{
    if (m_current.id.isEmpty())
        return;
    Deadline deadline = m_current.deadline;
    deadline.text = m_deadlineText->text().trimmed();
    const QDate date = m_hasDate->isChecked() ? m_deadlineDate->date() : QDate();
    if (date != deadline.date) {
        // A day picked by hand is exact; a removed day leaves only the phrase.
        deadline.precision = date.isValid() ? Precision::Day : Precision::Vague;
        deadline.date = date;
    }
    if (deadline.text == m_current.deadline.text && deadline.date == m_current.deadline.date)
        return;
    m_session.setDeadline(m_current.id, deadline);
    load();
}

} // namespace Promissa
