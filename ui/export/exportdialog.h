// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Promissa developers
#pragma once

#include "export/reportexport.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Promissa
{

class TrackerSession;

/// File > Export Report…: the format (PDF, CSV, JSON, iCalendar or the
/// register's Toezegging JSON), the file, and the same filters as the
/// commitments table (status, kind, ministry, deadline range, overdue,
/// full-text), started from the table's current ones; for the PDF also the
/// grouping, the language and PDF/A. "Export" writes through ReportExport
/// and closes the dialog once the file is there; a failure is reported and
/// the dialog stays open.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(TrackerSession &session,
                 const KSyntaxHighlighting::Repository &repository,
                 const CommitmentFilter &initial,
                 const QString &directory,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// What the fields ask for now.
    ReportExportRequest request() const;
    /// What the last successful export wrote.
    const ReportExportResult &exportResult() const
    {
        return m_result;
    }
    /// A one-line account of the last export, for the status bar.
    QString summary() const;

    /// Writes the export now; true when the file was written.
    bool exportNow();

private:
    QWidget *createFilterGroup(const CommitmentFilter &initial);
    void formatChanged();
    void browse();

    TrackerSession &m_session;
    const KSyntaxHighlighting::Repository &m_repository;
    ReportExportResult m_result;

    QComboBox *m_format = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_title = nullptr;
    QHash<Status, QCheckBox *> m_statuses;
    QHash<CommitmentKind, QCheckBox *> m_kinds;
    QComboBox *m_ministry = nullptr;
    QCheckBox *m_dueRange = nullptr;
    QDateEdit *m_dueFrom = nullptr;
    QDateEdit *m_dueTo = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_pdfA = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_groupByLabel = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Promissa
