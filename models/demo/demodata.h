#pragma once
// Reference tables for the demo generator: surnames with their frequencies, common given-name
// characters, real GB/T 2260 district codes of the branch cities, products and word lists.
// Every text is UTF-8.

#include <cstddef>

namespace rmdesk::demo {

template <typename T> struct Table
{
    const T* items;
    std::size_t size;
    const T& operator[](std::size_t i) const { return items[i]; }
};

struct Surname
{
    const char* name;
    const char* pinyin; // for e-mail addresses
    int weight;         // per 10,000 of the population, roughly (2020 census)
};

// A county-level division: the first six digits of its residents' ID numbers.
struct Region
{
    const char* code;
    const char* city;     // "北京市", "广州市"
    const char* district; // "朝阳区"
};

struct City
{
    const char* branchCode; // BJ01
    const char* branchName; // 北京分行
    const char* shortName;  // 北京 (company names)
    const char* areaCode;   // landline prefix
    int subBranches;        // BJ01-01 …
    int weight;             // share of customers
    Table<Region> districts;
    Table<const char*> streets;
    Table<const char*> subBranchNames; // 朝阳支行 …
};

struct Product
{
    const char* code;
    const char* name;
    const char* type; // deposit, wealth, fund, insurance, bond
    int risk;         // 1..5 (R1..R5)
};

struct Industry
{
    const char* word;     // in company names: 科技
    const char* category; // GB/T 4754 section, stored in customers.industry
};

const Table<Surname>& surnames();
const Table<const char*>& maleGivenChars();
const Table<const char*>& femaleGivenChars();
const Table<City>& cities();
// Where customers who moved to a branch city were registered (ID numbers of other provinces).
const Table<Region>& otherRegions();
const Table<Product>& products();
const Table<Industry>& industries();
const Table<const char*>& tradeNames();     // characters of company trade names (two each)
const Table<const char*>& occupations();    // working age
const Table<const char*>& mobilePrefixes(); // 3-digit segments of the three carriers
const Table<const char*>& mailDomains();

} // namespace rmdesk::demo
