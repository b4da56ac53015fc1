// CustomerImport: reading the file, recognising its columns and checking each row like
// CustomerStore::add does.
#include "customerimport.h"

#include "customerimportwriter.h"
#include "domain/idnumbers.h"
#include "domain/pinyin.h"
#include "security/permissions.h"
#include "stores/customersearch.h"
#include "stores/customerstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>

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

// What the quick check knows of a column.
enum QuickKind {
    QuickOther, // anything else: a row with a value here takes the full check
    QuickName,
    QuickIdNumber,
    QuickMobile,
    QuickEmail,
    QuickRiskLevel,
    QuickAmlRisk,
    QuickText, // free text of an individual, at most 2000 characters
    QuickType,
    QuickBranch,
    QuickRm,
};
const QStringList quickText = {QStringLiteral("address"),  QStringLiteral("occupation"),
                               QStringLiteral("employer"), QStringLiteral("id_issuer"),
                               QStringLiteral("tags"),     QStringLiteral("notes")};

// The longest run of ASCII digits (what CustomerFields::sensitiveLooking looks for).
int longestDigitRun(const QString& text)
{
    int run = 0, longest = 0;
    for (const QChar c : text) {
        run = c.unicode() >= '0' && c.unicode() <= '9' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
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
                                                           int previewRows, StoreError* error) const
{
    QString why;
    const auto facts = CsvReader::scan(fileName, options.encoding, &why);
    if (!facts) {
        fail(error, StoreError::Invalid, why);
        return std::nullopt;
    }
    if (facts->records == 0) {
        fail(error, StoreError::Invalid,
             tr("The file %1 is empty: it needs a header row and customers.").arg(fileName));
        return std::nullopt;
    }
    auto reader = std::make_shared<CsvReader>();
    CsvRawRecord raw;
    if (!reader->open(fileName, &why) || !reader->next(&raw)) {
        fail(error, StoreError::Invalid, why.isEmpty() ? reader->error() : why);
        return std::nullopt;
    }
    const bool gb = facts->encoding == QLatin1String("GB18030");
    QStringDecoder gbDecoder("GB18030", QStringDecoder::Flag::Stateless);
    const CsvRecord header = CsvTable::decode(raw, gb, &gbDecoder);
    Source source;
    source.facts = *facts;
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
            if (!field.isEmpty() && source.mapping.contains(field))
                source.doubled << source.headings.at(source.mapping.value(field)).trimmed() +
                                      QStringLiteral(" / ") + source.headings.at(i).trimmed();
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
    for (int r = 0; r < previewRows && reader->next(&raw); ++r)
        source.records << CsvTable::decode(raw, gb, &gbDecoder);
    if (!reader->error().isEmpty()) {
        fail(error, StoreError::Invalid, reader->error());
        return std::nullopt;
    }
    source.reader = std::move(reader);
    for (auto it = source.mapping.cbegin(); it != source.mapping.cend(); ++it) {
        const QString& f = it.key();
        Source::Quick q;
        q.column = it.value();
        q.value = int(CustomerImportWriter::columns().indexOf(f));
        q.kind = f == QLatin1String("name")         ? QuickName
                 : f == QLatin1String("id_number")  ? QuickIdNumber
                 : f == QLatin1String("mobile")     ? QuickMobile
                 : f == QLatin1String("email")      ? QuickEmail
                 : f == QLatin1String("risk_level") ? QuickRiskLevel
                 : f == QLatin1String("aml_risk")   ? QuickAmlRisk
                 : f == QLatin1String("type")       ? QuickType
                 : f == QLatin1String("branch")     ? QuickBranch
                 : f == QLatin1String("rm")         ? QuickRm
                 : quickText.contains(f)            ? QuickText
                                                    : QuickOther;
        source.quick << q;
    }
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
    const CustomerStore store(m_db, m_today);
    for (const QString& r : CustomerFields::amlRisks()) {
        directory->reviewMonths.insert(r, store.reviewMonths(r));
        directory->dues.insert(r, m_today.addMonths(store.reviewMonths(r)).toString(Qt::ISODate));
    }
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
    // A C2 value with the mask character came from a masked export: written back, it would
    // replace the real value with the mask.
    QSet<QString> masked;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
        const FieldDef* def = CustomerFields::find(row.type, it.key());
        if (def && def->grade == Grade::C2 && it.value().contains(QLatin1Char('*')))
            masked.insert(it.key());
    }
    for (const QString& field : std::as_const(masked))
        problem(field, tr("%1: looks masked (it has *); import from an unmasked export.")
                           .arg(CustomerFields::label(field)));
    const QList<FieldError> errors =
        CustomerFields::normalise(row.type, &row.values, true, m_today);
    for (const FieldError& e : errors)
        if (!masked.contains(e.field))
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

namespace {

// A valid row's columns as the writer binds them, from the normalised values (one per
// CustomerImportWriter::columns()), whichever check made them: what the table's defaults give
// for a value not stated, as CustomerStore::add.
void fillRow(ImportRow* out, CustomerType type, const QList<QString>& values, const QString& branch,
             qint64 rmId, const QString& pinyin, const QString& initials,
             const QHash<QString, QString>& dues)
{
    static const QStringList& columns = CustomerImportWriter::columns();
    static const int amlAt = int(columns.indexOf(QStringLiteral("aml_risk")));
    static const int nameAt = int(columns.indexOf(QStringLiteral("name")));
    static const int idAt = int(columns.indexOf(QStringLiteral("id_number")));
    static const int mobileAt = int(columns.indexOf(QStringLiteral("mobile")));
    static const int tagsAt = int(columns.indexOf(QStringLiteral("tags")));
    static const int notesAt = int(columns.indexOf(QStringLiteral("notes")));
    out->type = customerTypeName(type).toStdString();
    out->branch = branch.toStdString();
    out->rmId = rmId;
    const QString& aml = values.at(amlAt);
    out->due = dues.value(aml.isEmpty() ? QStringLiteral("low") : aml).toStdString();
    out->values.assign(std::size_t(columns.size()), std::string());
    out->nulls = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const QString& v = values.at(c);
        if (!v.isEmpty())
            out->values[std::size_t(c)] = v.toStdString();
        else if (c == amlAt)
            out->values[std::size_t(c)] = "low";
        else if (c != tagsAt && c != notesAt)
            out->nulls |= quint64(1) << c;
    }
    out->pinyin = pinyin.toStdString();
    out->initials = initials.toStdString();
    out->grams.clear();
    for (const QString& gram : CustomerSearch::nameGrams(values.at(nameAt)))
        out->grams.push_back(gram.toStdString());
    const QString& id = values.at(idAt);
    out->idReversed = id.isEmpty() ? std::string() : CustomerSearch::reversedId(id).toStdString();
    out->mobile = values.at(mobileAt).toStdString();
}

} // namespace

void CustomerImport::toImportRow(const Row& row, const Directory& directory, ImportRow* out)
{
    out->line = row.line;
    out->problems = row.problems;
    out->idNumber = row.values.value(QStringLiteral("id_number"));
    if (!row.problems.isEmpty())
        return;
    const QStringList& columns = CustomerImportWriter::columns();
    QList<QString> values(columns.size());
    for (int c = 0; c < columns.size(); ++c)
        values[c] = row.values.value(columns.at(c));
    fillRow(out, row.type, values, row.branch, row.rmId, row.pinyin, row.initials, directory.dues);
}

bool CustomerImport::quickCheck(const Session& session, const Source& source,
                                const Directory& directory, const CsvRecord& record,
                                ImportRow* out) const
{
    static const QStringList& columns = CustomerImportWriter::columns();
    static const int idTypeAt = int(columns.indexOf(QStringLiteral("id_type")));
    static const int birthAt = int(columns.indexOf(QStringLiteral("birth_date")));
    static const int genderAt = int(columns.indexOf(QStringLiteral("gender")));
    static const int stageAt = int(columns.indexOf(QStringLiteral("lifecycle_stage")));
    static const int nameAt = int(columns.indexOf(QStringLiteral("name")));
    static const QStringList riskLevels = CustomerFields::riskLevels();
    static const QStringList amlRisks = CustomerFields::amlRisks();
    if (!record.problem.isEmpty() || record.fields.size() != source.headings.size())
        return false;
    QList<QString> values(columns.size());
    QString branch, rmName, idNumber;
    for (const Source::Quick& q : source.quick) {
        const QString value = record.fields.at(q.column).trimmed();
        switch (q.kind) {
        case QuickType:
            if (typeFromCell(value) != CustomerType::Individual)
                return false;
            continue;
        case QuickBranch:
            branch = value;
            continue;
        case QuickRm:
            rmName = value;
            continue;
        default:
            break;
        }
        if (value.isEmpty())
            continue;
        switch (q.kind) {
        case QuickName:
            if (value.size() > 200 || longestDigitRun(value) >= 15 ||
                value.contains(QLatin1Char('*')))
                return false;
            break;
        case QuickIdNumber:
            idNumber = value;
            continue;
        case QuickMobile: {
            const bool plain = value.size() == 11 && value.at(0) == QLatin1Char('1') &&
                               value.at(1) >= QLatin1Char('3') && value.at(1) <= QLatin1Char('9') &&
                               longestDigitRun(value) == 11;
            if (!plain) {
                const auto mobile = IdNumbers::mobile(value);
                if (!mobile)
                    return false;
                values[q.value] = *mobile;
                continue;
            }
            break;
        }
        case QuickEmail:
            if (!IdNumbers::email(value) || value.contains(QLatin1Char('*')))
                return false;
            break;
        case QuickRiskLevel:
            if (!riskLevels.contains(value))
                return false;
            break;
        case QuickAmlRisk:
            if (!amlRisks.contains(value))
                return false;
            break;
        case QuickText:
            if (value.size() > 2000 || value.contains(QLatin1Char('*')))
                return false;
            break;
        default:
            return false;
        }
        values[q.value] = value;
    }
    if (values.at(nameAt).isEmpty())
        return false;
    // A resident ID (the type an individual's number defaults to) gives birth date and gender.
    if (!idNumber.isEmpty()) {
        const IdCheck check = IdNumbers::check(IdType::ResidentId, idNumber, m_today);
        if (!check.ok || !check.birthDate.isValid() || check.birthDate > m_today ||
            check.birthDate.year() < 1900)
            return false;
        values[int(columns.indexOf(QStringLiteral("id_number")))] = check.normalized;
        values[idTypeAt] = QStringLiteral("resident_id");
        values[birthAt] = check.birthDate.toString(Qt::ISODate);
        values[genderAt] = check.gender;
    }
    values[stageAt] = QStringLiteral("prospect");
    // Branch and relationship manager, as check() resolves them.
    if (branch.isEmpty())
        branch = session.branch;
    if (rmName.isEmpty() && session.role == Role::Rm)
        rmName = session.userName;
    if (branch.isEmpty() || !directory.branches.contains(branch))
        return false;
    qint64 rmId = 0;
    if (!rmName.isEmpty()) {
        const auto user = directory.users.constFind(rmName);
        if (user == directory.users.cend() ||
            (user->role != QLatin1String("rm") && user->role != QLatin1String("supervisor")) ||
            !user->active || user->branch != branch)
            return false;
        rmId = user->id;
    }
    if (!Permissions::allows(session, Action::CustomerImport, Target{branch, rmId}))
        return false;
    out->line = record.line;
    out->problems.clear();
    out->idNumber = values.at(int(columns.indexOf(QStringLiteral("id_number"))));
    const QString& name = values.at(nameAt);
    fillRow(out, CustomerType::Individual, values, branch, rmId, Pinyin::fullName(name),
            Pinyin::nameInitials(name), directory.dues);
    return true;
}

void CustomerImport::checkRow(const Session& session, const Source& source,
                              const Directory& directory, const CsvRecord& record, bool keepRecord,
                              ImportRow* out) const
{
    if (!quickCheck(session, source, directory, record, out))
        toImportRow(check(session, source, directory, record), directory, out);
    if (keepRecord && out->valid() && !out->idNumber.isEmpty())
        out->record = record;
}

} // namespace rmdesk
