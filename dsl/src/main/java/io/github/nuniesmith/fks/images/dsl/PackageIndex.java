package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A package index a pip install reads from: its index ({@code --index-url}), a further one ({@code
 * --extra-index-url}, which lets a package of the same name on another index shadow a private one, so
 * the strict policy reports it), or a wheelhouse of the build context.
 *
 * @param url the index URL, https; empty for a wheelhouse
 * @param localLabel the local version label its wheels carry ({@code cu128}, {@code cpu}), or empty
 * @param wheelhouse a folder of wheels in the build context, read with no index at all; or empty
 */
public record PackageIndex(String url, String localLabel, Optional<ContextPath> wheelhouse) {
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

  /** Validates the URL and the label; a wheelhouse has neither. */
  public PackageIndex {
    Checks.notNull(wheelhouse, "wheelhouse");
    if (wheelhouse.isPresent()) {
      Checks.check("".equals(url) && "".equals(localLabel),
          "wheelhouse %s has a URL or a local label: make it with PackageIndex.wheelhouse(folder)",
          Checks.quote(wheelhouse.get().value()));
    } else {
      Checks.httpsUrl(url, URL, "package index URL", "use an https URL without query or spaces");
    }
    Checks.notNull(localLabel, "local version label");
    Checks.check(LABEL.matcher(localLabel).matches(),
        "local version label %s is invalid: use lowercase letters and digits such as cu128",
        Checks.quote(localLabel));
  }

  /** The index at {@code url} whose wheels carry the local label {@code localLabel} (or none). */
  public PackageIndex(String url, String localLabel) {
    this(url, localLabel, Optional.empty());
  }

  /**
   * The wheels in {@code contextFolder}, a folder of the build context, and nothing else: pip runs
   * with {@code --no-index --find-links} over a read-only bind mount of the folder, so the wheels
   * never land in a layer. For vendored or air-gapped builds.
   */
  public static PackageIndex wheelhouse(String contextFolder) {
    return new PackageIndex("", "",
        Optional.of(Checks.within("wheelhouse", () -> ContextPath.of(contextFolder))));
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
