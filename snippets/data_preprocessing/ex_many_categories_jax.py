import jax.numpy as jnp
import pandas as pd

data = pd.DataFrame({
    "HouseId": ["H01", "H02", "H03", "H04", "H05", "H06"],  # unique: one per row
    "Street": ["Elm", "Oak", "Elm", "Pine", "Oak", "Elm"],
    "Price": [127_500, 106_000, 178_100, 140_000, 99_000, 151_000],
})
with_id = pd.get_dummies(data.drop(columns="Price")).shape[1]
without_id = pd.get_dummies(data[["Street"]]).shape[1]
codes, streets = pd.factorize(data["Street"])  # one integer per category
street_ids = jnp.asarray(codes, dtype=jnp.int32)  # the input of an embedding
with_id, without_id, list(streets), street_ids
