#pragma once

#include "domain/customerfields.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace rmdesk {

// A date typed as yyyy-MM-dd (or picked from a calendar), which may also be left empty.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);
    QString text() const;
    void setText(const QString& text);
    QLineEdit* edit() const { return m_edit; }

signals:
    void changed();

private:
    void pick();

    QLineEdit* m_edit;
    QToolButton* m_calendar;
};

// One catalogue field in the customer form: its editor, its problem label and its text.
struct FieldEditor
{
    QString name;
    QWidget* row = nullptr;    // editor with the problem label under it, for the form layout
    QWidget* editor = nullptr; // what takes the focus (named NAMEField)
    QLabel* problem = nullptr; // named NAMEProblem
    std::function<QString()> text;
    std::function<void(const QString&)> setText;
};

// "id_number" → "idNumber", for object names.
QString camelName(const QString& field);
// An editor for one field of `type`; `changed` runs on every change of its value.
FieldEditor makeFieldEditor(CustomerType type, const FieldDef& def,
                            const std::function<void()>& changed);

} // namespace rmdesk
