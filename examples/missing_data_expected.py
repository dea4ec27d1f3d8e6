"""pandas' run of examples/missing_data.cpp: the numbers in missing_data.expect come from here.

Run with Debian's interpreter (it has pandas 1.5): /usr/bin/python3 examples/missing_data_expected.py
"""
import pathlib

import pandas as pd

USERS = pathlib.Path(__file__).parents[1] / "data" / "users.csv"


def main():
    df = pd.read_csv(USERS)
    print(f"df.shape = {df.shape}\n")

    # Check missing data
    print(f"df.isnull().sum() =\n{df.isnull().sum()}\n")
    missing = df.isnull().mean() * 100  # % missing per column
    print(f"df.isnull().mean() * 100 =\n{missing}\n")
    print(f"df.dropna().shape = {df.dropna().shape}  (every row with any gap dropped)\n")

    # The decision framework: drop rows when few are missing, drop a column when most are,
    # impute the rest.
    few = [c for c in df.columns if 0 < missing[c] < 5]
    most = [c for c in df.columns if missing[c] > 40]
    rest = [c for c in df.columns if 5 <= missing[c] <= 40]
    print(f"drop rows with a gap in {few}")
    print(f"drop columns {most}")
    print(f"impute {rest}\n")

    clean = df.dropna(subset=few).drop(columns=most)
    fills = {}
    for name in rest:
        column = clean[name]
        if pd.api.types.is_numeric_dtype(column):
            fills[name] = column.median()  # median: robust to the skew of income
        else:
            fills[name] = column.mode()[0]  # the most frequent value
        print(f"fill {name} with {fills[name]!r}")
    clean = clean.fillna(fills)

    print(f"\nbefore: {df.shape}, after: {clean.shape}")
    print(f"clean.isnull().sum() =\n{clean.isnull().sum()}")


if __name__ == "__main__":
    main()
