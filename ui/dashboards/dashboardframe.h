#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace rmdesk {

class Vault;

// What every dashboard view is made of besides its figures: a filter row (captioned combo boxes,
// a busy bar, "Save as PNG / CSV / PDF"), under it either the figures in a scroll area or a
// sentence saying why there are none. Object names start with the view's prefix:
// <prefix>Busy, <prefix>SavePng, <prefix>SaveCsv, <prefix>SavePdf, <prefix>Stack,
// <prefix>Scroll and <prefix>Empty. Every file saved from the buttons leaves a "dashboard.export"
// audit row (the dashboard, the format and the file's name), as `rmdesk-cli report` does; a file
// whose row cannot be written is removed again.
class DashboardFrame : public QObject
{
    Q_OBJECT
public:
    enum Format { Png, Csv, Pdf };
    // Writes the file; on failure may say why (else "… could not be written").
    using Writer = std::function<bool(const QString& fileName, QString* error)>;

    // Lays out `view` (which owns the frame): the filter row, then the stack. `prefix` is also
    // the dashboard's name in the audit trail ("retention", "assessment").
    DashboardFrame(QWidget* view, const QString& prefix, Vault& vault);

    // A combo box named `objectName` with its caption (the caption's buddy) in the filter row.
    std::pair<QLabel*, QComboBox*> addCombo(const QString& objectName, const QString& caption);
    QHBoxLayout* filterRow() const { return m_row; }
    // The branch filter (<prefix>Branch: compliance only, every branch) and the RM filter
    // (<prefix>Rm: supervisors and compliance, the RMs of the chosen branch); {branch, rm}.
    std::pair<QComboBox*, QComboBox*> addScopeFilters();
    // Offers the RMs of the chosen branch again, keeping the chosen RM when still offered.
    void fillRms();
    // Ends the filter row with the busy bar and the three buttons; a click asks for a file name
    // (`baseName` plus the format's suffix, in the home folder) and writes it with `writer`.
    void finishFilters(const std::function<QString()>& baseName,
                       const std::function<Writer(Format)>& writer);
    void setContent(QWidget* content);

    // The busy bar moves and the buttons are off until showFigures() or showEmpty().
    void setBusy();
    void showFigures();
    void showEmpty(const QString& why);
    bool figuresShown() const;
    QString emptyText() const;

    // Scores and names of staff, through OwnerOnlyFile: the text as CSV for Excel (UTF-8 with
    // its byte-order mark); the widget as a PNG picture.
    static bool writeCsv(const QString& fileName, const QString& text);
    static bool writePng(const QString& fileName, QWidget* widget);

private:
    void save(Format format);
    void setButtonsEnabled(bool on);

    QWidget* m_view;
    Vault& m_vault;
    QHBoxLayout* m_row;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_buttons[3] = {};
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QComboBox* m_branch = nullptr;
    QComboBox* m_rm = nullptr;
    QString m_prefix;
    std::function<QString()> m_baseName;
    std::function<Writer(Format)> m_writer;
};

} // namespace rmdesk
