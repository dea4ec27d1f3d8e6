"""scikit-learn's run of examples/pipeline_tour.cpp: the numbers in pipeline_tour.expect come
from here.

Run with Debian's interpreter (it has scikit-learn 1.2): /usr/bin/python3 examples/pipeline_tour_expected.py
"""
import pathlib

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, confusion_matrix
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

USERS = pathlib.Path(__file__).parents[1] / "data" / "users.csv"


def main():
    df = pd.read_csv(USERS)
    numeric_features = ["age", "income", "credit_score"]
    categorical_features = ["city", "employment_type"]
    X = df[numeric_features + categorical_features]
    y = df["label"]

    preprocessor = ColumnTransformer(transformers=[
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), numeric_features),
        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical_features),
    ])
    pipeline = Pipeline([
        ("preprocessor", preprocessor),
        ("classifier", LogisticRegression()),
    ])

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    print(f"X_train {X_train.shape}, X_test {X_test.shape}")
    pipeline.fit(X_train, y_train)
    names = pipeline[:-1].get_feature_names_out()
    print(f"{len(names)} features after the ColumnTransformer: {', '.join(names[:5])}, ...")

    cv_scores = cross_val_score(pipeline, X_train, y_train, cv=5, scoring="f1")
    print(f"CV F1: {cv_scores.mean():.3f} ± {cv_scores.std():.3f}")

    y_pred = pipeline.predict(X_test)
    print(classification_report(y_test, y_pred))
    print(f"confusion_matrix:\n{confusion_matrix(y_test, y_pred)}")


if __name__ == "__main__":
    main()
