# Hidden provenance cell: reports, as JSON on stdout, each framework's version and the
# device its arrays actually land on in this kernel. The build turns it into a line.
import json
import platform

_where = {"python": platform.python_version()}
if "torch" in FRAMEWORKS:
    import torch

    _t = torch.ones(1)
    _kind = torch.cuda.get_device_name(_t.device) if _t.is_cuda else "CPU"
    _where["torch"] = [torch.__version__.split("+")[0], str(_t.device), _kind]
if "jax" in FRAMEWORKS:
    import jax
    import jax.numpy as jnp

    _d = next(iter(jnp.ones(1).devices()))
    _where["jax"] = [jax.__version__, f"{_d.platform}:{_d.id}", _d.device_kind]
if "tf" in FRAMEWORKS:
    import tensorflow as tf

    _dev = tf.ones(1).device.rsplit("device:", 1)[-1]
    _kind = "CPU"
    if _dev.startswith("GPU"):
        _gpu = tf.config.list_physical_devices("GPU")[int(_dev.split(":")[1])]
        _kind = tf.config.experimental.get_device_details(_gpu).get("device_name", "GPU")
    _where["tf"] = [tf.__version__, _dev.lower(), _kind]
print(json.dumps(_where))
