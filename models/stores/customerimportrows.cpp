// CustomerImport: reading the file, recognising its columns and checking each row like
// CustomerStore::add does.
#include "customerimport.h"

#include "domain/pinyin.h"
#include "security/permissions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rmdesk {

namespace {

// Catalogue fields an import does not set: a new customer starts as a prospect, and a stage
// changes only through its own transition (rmdesk-cli stage set).
const QStringList notImported = {QStringLiteral("lifecycle_stage")};

// Common Chinese (and a few English) headings per target field.
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map = [] {
        const struct
        {
            const char* field;
            std::initializer_list<const char*> names;
        } table[] = {
            {"type", {"客户类型", "类型", "customer type"}},
            {"name", {"姓名", "客户名称", "客户姓名", "名称", "企业名称", "机构名称"}},
            {"gender", {"性别", "sex"}},
            {"birth_date", {"出生日期", "生日", "birthday", "date of birth"}},
            {"id_type", {"证件类型"}},
            {"id_number", {"证件号码", "证件号", "身份证号", "身份证号码", "统一社会信用代码"}},
            {"id_issuer", {"发证机关", "签发机关"}},
            {"id_expiry", {"证件有效期", "证件到期日", "有效期至"}},
            {"mobile", {"手机号码", "手机号", "手机", "移动电话"}},
            {"phones", {"电话", "其他电话", "联系电话", "phone"}},
            {"email", {"电子邮件", "邮箱", "电子邮箱", "e-mail"}},
            {"address", {"地址", "联系地址", "住址"}},
            {"occupation", {"职业"}},
            {"employer", {"工作单位", "单位"}},
            {"legal_rep", {"法定代表人", "法人代表"}},
            {"contacts", {"联系人"}},
            {"industry", {"行业", "所属行业"}},
            {"registered_address", {"注册地址"}},
            {"risk_level", {"风险等级", "风险承受能力等级"}},
            {"risk_assessed_on", {"风险评估日期", "评估日期"}},
            {"risk_expires_on", {"风险评估到期日", "评估到期日"}},
            {"aml_risk", {"反洗钱风险等级", "反洗钱风险", "aml"}},
            {"tags", {"标签"}},
            {"notes", {"备注"}},
            {"branch", {"网点", "机构", "所属网点", "支行", "branch_code"}},
            {"rm", {"客户经理", "relationship manager"}},
        };
        QHash<QString, QString> m;
        for (const auto& row : table)
            for (const char* name : row.names)
                m.insert(QString::fromUtf8(name).toLower(), QLatin1String(row.field));
        return m;
    }();
    return map;
}

std::optional<CustomerType> typeFromCell(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QStringLiteral("个人"))
        return CustomerType::Individual;
    if (t == QStringLiteral("机构") || t == QStringLiteral("企业") || t == QStringLiteral("对公"))
        return CustomerType::Institution;
    return customerTypeFromName(t);
}

} // namespace

QStringList CustomerImport::targetFields()
{
    QStringList fields = {QStringLiteral("type")};
    for (const CustomerType t : {CustomerType::Individual, CustomerType::Institution})
        for (const QString& f : CustomerFields::namesFor(t))
            if (!fields.contains(f) && !notImported.contains(f))
                fields << f;
    fields << QStringLiteral("branch") << QStringLiteral("rm");
    return fields;
}

QString CustomerImport::fieldForHeading(const QString& heading)
{
    QString h = heading.trimmed();
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    h = h.toLower();
    static const QStringList targets = targetFields();
    if (targets.contains(h))
        return h;
    const QString alias = aliases().value(h);
    if (!alias.isEmpty())
        return alias;
    for (const QString& f : targets)
        if (CustomerFields::label(f).toLower() == h)
            return f;
    return QString();
}

std::optional<CustomerImport::Source> CustomerImport::open(const QString& fileName,
                                                           const CustomerImportOptions& options,
                                                           StoreError* error) const
{
    QString why;
    auto table = CsvTable::readFile(fileName, options.encoding, &why);
    if (!table) {
        fail(error, StoreError::Invalid, why);
        return std::nullopt;
    }
    if (table->records.isEmpty()) {
        fail(error, StoreError::Invalid,
             tr("The file %1 is empty: it needs a header row and customers.").arg(fileName));
        return std::nullopt;
    }
    Source source;
    const CsvRecord& header = table->records.first();
    if (!header.problem.isEmpty()) {
        fail(error, StoreError::Invalid, tr("The header row: %1").arg(header.problem));
        return std::nullopt;
    }
    source.headings = header.fields;
    if (source.headings.size() == 1 && source.headings.first().trimmed().isEmpty()) {
        fail(error, StoreError::Invalid, tr("The file has no header row."));
        return std::nullopt;
    }
    const QStringList targets = targetFields();
    if (options.mapping.isEmpty()) {
        for (int i = 0; i < source.headings.size(); ++i) {
            const QString field = fieldForHeading(source.headings.at(i));
            if (field.isEmpty() || source.mapping.contains(field)) {
                if (!source.headings.at(i).trimmed().isEmpty())
                    source.unmapped << source.headings.at(i).trimmed();
                continue;
            }
            source.mapping.insert(field, i);
        }
    } else {
        QSet<int> used;
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
            if (!targets.contains(it.key())) {
                fail(error, StoreError::Invalid,
                     tr("%1 is not a field a customer import can fill.").arg(it.key()));
                return std::nullopt;
            }
            if (it.value() < 0 || it.value() >= source.headings.size()) {
                fail(error, StoreError::Invalid,
                     tr("The file has no column %1 for %2.")
                         .arg(it.value() + 1)
                         .arg(CustomerFields::label(it.key())));
                return std::nullopt;
            }
            used.insert(it.value());
            source.mapping.insert(it.key(), it.value());
        }
        for (int i = 0; i < source.headings.size(); ++i)
            if (!used.contains(i) && !source.headings.at(i).trimmed().isEmpty())
                source.unmapped << source.headings.at(i).trimmed();
    }
    if (!source.mapping.contains(QStringLiteral("name")))
        source.missingRequired << QStringLiteral("name");
    source.table = std::move(*table);
    return source;
}

bool CustomerImport::loadDirectory(Directory* directory, StoreError* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, id, role, coalesce(branch_code, ''), active "
                               "FROM users")))
        return fail(error, StoreError::Failed, q.lastError().text());
    while (q.next())
        directory->users.insert(q.value(0).toString(),
                                {q.value(1).toLongLong(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toBool()});
    if (!q.exec(QStringLiteral("SELECT code FROM branches")))
        return fail(error, StoreError::Failed, q.lastError().text());
    while (q.next())
        directory->branches.insert(q.value(0).toString());
    return true;
}

CustomerImport::Row CustomerImport::check(const Session& session, const Source& source,
                                          const Directory& directory, const CsvRecord& record) const
{
    Row row;
    row.line = record.line;
    auto problem = [&](const QString& field, const QString& reason) {
        const int column = source.mapping.value(field, -1);
        const QString heading = column >= 0 && column < source.headings.size()
                                    ? source.headings.at(column).trimmed()
                                    : field;
        row.problems.append({record.line, heading, reason});
        if (!field.isEmpty() && !row.cellErrors.contains(field))
            row.cellErrors.insert(field, reason);
    };
    if (!record.problem.isEmpty()) {
        problem(QString(), record.problem);
        return row;
    }
    if (record.fields.size() != source.headings.size()) {
        problem(QString(), tr("The row has %1 fields; the header has %2.")
                               .arg(record.fields.size())
                               .arg(source.headings.size()));
        return row;
    }
    auto cell = [&](const QString& field) {
        const int column = source.mapping.value(field, -1);
        return column < 0 ? QString() : record.fields.at(column).trimmed();
    };
    const auto type = typeFromCell(cell(QStringLiteral("type")));
    if (!type) {
        problem(QStringLiteral("type"), tr("%1: use individual or institution.")
                                            .arg(CustomerFields::label(QStringLiteral("type"))));
        return row;
    }
    row.type = *type;
    for (auto it = source.mapping.cbegin(); it != source.mapping.cend(); ++it) {
        const QString& field = it.key();
        if (field == QLatin1String("type") || field == QLatin1String("branch") ||
            field == QLatin1String("rm"))
            continue;
        const QString value = record.fields.at(it.value()).trimmed();
        if (value.isEmpty())
            continue; // an empty cell is no value (the other type's columns, for one)
        row.values.insert(field, value);
        row.provided << field;
    }
    const QList<FieldError> errors =
        CustomerFields::normalise(row.type, &row.values, true, m_today);
    for (const FieldError& e : errors)
        problem(e.field, e.message);

    // Branch and relationship manager, as CustomerStore::add resolves them.
    row.branch = cell(QStringLiteral("branch"));
    if (row.branch.isEmpty())
        row.branch = session.branch;
    else
        row.provided << QStringLiteral("branch");
    row.rmName = cell(QStringLiteral("rm"));
    if (!row.rmName.isEmpty())
        row.provided << QStringLiteral("rm");
    else if (session.role == Role::Rm)
        row.rmName = session.userName;
    const QString branchLabel = CustomerFields::label(QStringLiteral("branch"));
    if (row.branch.isEmpty())
        problem(QStringLiteral("branch"), tr("%1: is required.").arg(branchLabel));
    else if (!directory.branches.contains(row.branch))
        problem(QStringLiteral("branch"),
                tr("%1: there is no branch %2.").arg(branchLabel, row.branch));
    if (!row.rmName.isEmpty()) {
        const QString label = CustomerFields::label(QStringLiteral("rm"));
        const auto user = directory.users.constFind(row.rmName);
        if (user == directory.users.cend())
            problem(QStringLiteral("rm"), tr("%1: there is no user %2.").arg(label, row.rmName));
        else if ((user->role != QLatin1String("rm") && user->role != QLatin1String("supervisor")) ||
                 !user->active)
            problem(QStringLiteral("rm"),
                    tr("%1: %2 is not an active relationship manager.").arg(label, row.rmName));
        else if (user->branch != row.branch)
            problem(QStringLiteral("rm"), tr("%1: %2 works in branch %3, not %4.")
                                              .arg(label, row.rmName, user->branch, row.branch));
        else
            row.rmId = user->id;
    }
    if (row.problems.isEmpty() &&
        !Permissions::allows(session, Action::CustomerImport, Target{row.branch, row.rmId}))
        problem(session.role == Role::Rm ? QStringLiteral("rm") : QStringLiteral("branch"),
                tr("You may import customers only into your own %1.")
                    .arg(session.role == Role::Rm ? tr("book of customers") : tr("branch")));
    if (row.problems.isEmpty()) {
        const QString name = row.values.value(QStringLiteral("name"));
        row.pinyin = Pinyin::fullName(name);
        row.initials = Pinyin::nameInitials(name);
    }
    return row;
}

bool CustomerImport::planUpdate(const Session& session, const Row& row, qint64 id,
                                const QString& branch, qint64 rmId, const Directory& directory,
                                const QHash<QString, int>& reviewMonths, Update* plan,
                                QList<ImportProblem>* problems) const
{
    auto refuse = [&](const QString& column, const QString& reason) {
        problems->append({row.line, column, reason});
        return false;
    };
    if (!Permissions::allows(session, Action::CustomerUpdate, Target{branch, rmId}))
        return refuse(QString(),
                      tr("Customer %1 has this ID number but is not in your %2; it "
                         "was not updated.")
                          .arg(id)
                          .arg(session.role == Role::Rm ? tr("book of customers") : tr("branch")));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return refuse(QString(), q.lastError().text());
    const QSqlRecord rec = q.record();
    auto stored = [&](const QString& field) {
        const int i = rec.indexOf(field);
        return i < 0 ? QString() : q.value(i).toString();
    };
    const auto storedType = customerTypeFromName(stored(QStringLiteral("type")));
    if (storedType != row.type)
        return refuse(CustomerFields::label(QStringLiteral("type")),
                      tr("Customer %1 with this ID number is of the other type.").arg(id));
    plan->id = id;
    for (const QString& field : row.provided) {
        if (field == QLatin1String("rm") || field == QLatin1String("branch"))
            continue;
        const QString now = row.values.value(field);
        const QString old = stored(field);
        if (now == old)
            continue;
        const FieldDef* def = CustomerFields::find(row.type, field);
        if (def && def->identity)
            return refuse(CustomerFields::label(field),
                          tr("%1 differs from customer %2's: identity fields change only with a "
                             "proof document, in the customer's profile.")
                              .arg(CustomerFields::label(field))
                              .arg(id));
        plan->changes.append({field, old, now});
    }
    if (row.provided.contains(QStringLiteral("branch")) && row.branch != branch)
        return refuse(CustomerFields::label(QStringLiteral("branch")),
                      tr("%1: moving a customer to another branch is a transfer, not an edit.")
                          .arg(CustomerFields::label(QStringLiteral("branch"))));
    if (row.provided.contains(QStringLiteral("rm")) && row.rmId != rmId) {
        if (!Permissions::allows(session, Action::CustomerAssign, Target{branch, 0}))
            return refuse(CustomerFields::label(QStringLiteral("rm")),
                          Permissions::refusal(session, Action::CustomerAssign));
        QString oldName;
        for (auto it = directory.users.cbegin(); it != directory.users.cend(); ++it)
            if (it->id == rmId)
                oldName = it.key();
        plan->rmId = row.rmId;
        plan->changes.append({QStringLiteral("rm"), oldName, row.rmName});
    }
    for (const Update::Change& c : std::as_const(plan->changes)) {
        if (c.field == QLatin1String("aml_risk"))
            plan->due = m_today.addMonths(reviewMonths.value(c.newValue, 6)).toString(Qt::ISODate);
        if (c.field == QLatin1String("mobile"))
            plan->reindex = true;
    }
    plan->name = stored(QStringLiteral("name"));
    plan->idNumber = stored(QStringLiteral("id_number"));
    plan->mobile = row.provided.contains(QStringLiteral("mobile"))
                       ? row.values.value(QStringLiteral("mobile"))
                       : stored(QStringLiteral("mobile"));
    return true;
}

} // namespace rmdesk
