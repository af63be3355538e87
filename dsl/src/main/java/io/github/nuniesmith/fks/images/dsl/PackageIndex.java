package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * The one package index a pip install reads from. One per install, never {@code
 * --extra-index-url}, which lets a public package shadow a private one.
 *
 * @param url the index URL, https
 * @param localLabel the local version label its wheels carry ({@code cu128}, {@code cpu}), or empty
 */
public record PackageIndex(String url, String localLabel) {
  private static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?");
  private static final Pattern LABEL = Pattern.compile("|[a-z0-9]+");

  /** The Python Package Index, pip's default. */
  public static final PackageIndex PYPI = new PackageIndex("https://pypi.org/simple", "");
  /** PyTorch's CPU-only wheels, versions labelled {@code +cpu}. */
  public static final PackageIndex PYTORCH_CPU = pytorch("cpu");
  /** PyTorch's CUDA 12.6 wheels, versions labelled {@code +cu126}. */
  public static final PackageIndex PYTORCH_CU126 = pytorch("cu126");
  /** PyTorch's CUDA 12.8 wheels, versions labelled {@code +cu128}. */
  public static final PackageIndex PYTORCH_CU128 = pytorch("cu128");

  /** Validates the URL and the label. */
  public PackageIndex {
    Checks.matches(url, URL, "package index URL", "use an https URL without query or spaces");
    Checks.notNull(localLabel, "local version label");
    Checks.check(LABEL.matcher(localLabel).matches(),
        "local version label %s is invalid: use lowercase letters and digits such as cu128",
        Checks.quote(localLabel));
  }

  /** PyTorch's wheel index for a variant such as {@code cu128} or {@code cpu}. */
  public static PackageIndex pytorch(String variant) {
    return new PackageIndex("https://download.pytorch.org/whl/" + variant, variant);
  }

  /** Whether this is pip's default index, which needs no {@code --index-url}. */
  public boolean isDefault() {
    return equals(PYPI);
  }
}
