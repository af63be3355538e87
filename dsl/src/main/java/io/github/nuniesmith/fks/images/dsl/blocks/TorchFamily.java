package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Versions;
import java.util.List;
import java.util.Optional;

/**
 * torch, torchvision and torchaudio must come from one release. torch 2.N: torchvision 0.(N+15),
 * torchaudio 2.N up to 2.10 and 2.11 from then on. torch 1.N: torchvision 0.(N+1), torchaudio 0.N.
 * The check compares major.minor; the fixes it suggests also carry torch's patch number over
 * (torch 2.9.1, torchvision 0.24.1, torchaudio 2.9.1), as the releases have since torch 2.1.
 *
 * <p>Only exact pins ({@code ==} without {@code .*}) take part. A version catalog applies the same
 * rule across its files with {@link #isPinnedMember}, {@link #newestRelease}, {@link #matches} and
 * {@link #pinnedTo}.
 */
public final class TorchFamily {
  private static final List<String> MEMBERS = List.of("torch", "torchvision", "torchaudio");

  private TorchFamily() {}

  /** Whether {@code requirement} pins torch, torchvision or torchaudio exactly. */
  public static boolean isPinnedMember(PipRequirement requirement) {
    return MEMBERS.contains(requirement.canonicalName()) && requirement.exactPin().isPresent();
  }

  /**
   * The torch release {@code member}, an exact pin of the family, belongs to, as {@code
   * major.minor.patch}: {@code 2.9.1} for {@code torchvision==0.24.1+cu128} and for {@code
   * torchaudio==2.9.1}; {@code 2.11.0} for {@code torchaudio==2.11.0}, which also serves later torch.
   */
  public static String torchRelease(PipRequirement member) {
    checkPinnedMember(member);
    List<Integer> v = Versions.release(member.exactPin().get().publicVersion());
    int minor = v.size() > 1 ? v.get(1) : 0;
    int patch = v.size() > 2 ? v.get(2) : 0;
    return switch (member.canonicalName()) {
      case "torchvision" -> minor >= 15 ? "2." + (minor - 15) + "." + patch : "1." + Math.max(minor - 1, 0) + "." + patch;
      case "torchaudio" -> v.get(0) == 0 ? "1." + minor + "." + patch : v.get(0) + "." + minor + "." + patch;
      default -> v.get(0) + "." + minor + "." + patch;
    };
  }

  /** The newest torch release among {@code members}, exact pins of the family, as {@link #torchRelease} gives it. */
  public static String newestRelease(List<PipRequirement> members) {
    return members.stream().map(TorchFamily::torchRelease).max(Versions::compare)
        .orElseThrow(() -> new IllegalArgumentException("no pin of torch, torchvision or torchaudio given"));
  }

  /**
   * Whether the exact pin {@code member} is from torch's release {@code torchVersion}: torch itself
   * must be that version, torchvision and torchaudio of its major.minor.
   */
  public static boolean matches(PipRequirement member, String torchVersion) {
    checkPinnedMember(member);
    String actual = member.exactPin().get().publicVersion();
    String expected = version(member.canonicalName(), torchVersion);
    return member.canonicalName().equals("torch")
        ? Versions.compare(actual, expected) == 0
        : Versions.minor(actual).equals(Versions.minor(expected));
  }

  /**
   * {@code member} pinned to the version that goes with torch {@code torchVersion}, with its own
   * local label: {@code torchvision==0.23.0+cu128} becomes {@code torchvision==0.24.0+cu128} for
   * {@code 2.9.0}.
   */
  public static PipRequirement pinnedTo(PipRequirement member, String torchVersion) {
    checkPinnedMember(member);
    PipRequirement.Specifier pin = member.exactPin().get();
    String label = pin.version().substring(pin.publicVersion().length());
    return new PipRequirement(member.name(), member.extras(),
        List.of(new PipRequirement.Specifier("==", version(member.canonicalName(), torchVersion) + label)),
        member.marker());
  }

  /**
   * What is wrong with {@code other}, an exact pin of torchvision or torchaudio, next to {@code
   * torch}, an exact pin of torch that {@code where} locates (e.g. {@code " (image cpu)"}, or empty):
   * empty when both are from one release. The strict policy's FKS020 applies it.
   */
  public static Optional<String> mismatch(PipRequirement torch, String where, PipRequirement other) {
    String release = torchRelease(torch);
    if (matches(other, release)) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT,
        "%s is not from the release of %s%s: torch %s goes with %s %s.x; set it to %s, or torch to %s",
        other, torch, where, Versions.minor(release), other.name(),
        Versions.minor(version(other.canonicalName(), release)), pinnedTo(other, release),
        pinnedTo(torch, torchRelease(other))));
  }

  /**
   * What is wrong with {@code requirement} installed from {@code index}: a torch family package from
   * a PyTorch index must carry that index's label ({@code +cu128}), since an installed {@code
   * 2.8.0+cpu} already satisfies a bare {@code torch==2.8.0} and pip would keep the CPU build; and a
   * labelled build comes only from a PyTorch index. Empty when it is right. The strict policy's FKS021.
   */
  public static Optional<String> indexMismatch(PipRequirement requirement, PackageIndex index,
      List<PackageIndex> extraIndexes) {
    if (!MEMBERS.contains(requirement.canonicalName())) {
      return Optional.empty();
    }
    String version = requirement.exactPin().map(PipRequirement.Specifier::version).orElse("");
    String label = version.contains("+") ? version.substring(version.indexOf('+') + 1) : "";
    String quoted = Checks.quote(requirement.toString());
    if (!index.localLabel().isEmpty() && !label.equals(index.localLabel())) {
      return Optional.of("pip requirement " + quoted + " comes from the " + index.localLabel() + " index but is not"
          + " pinned to its build: write " + requirement.name() + "==<version>+" + index.localLabel() + ", because"
          + " an installed +cpu or CUDA build already satisfies a bare version");
    }
    if (index.localLabel().isEmpty() && !label.isEmpty()
        && extraIndexes.stream().noneMatch(e -> e.localLabel().equals(label))) {
      return Optional.of("pip requirement " + quoted + " names a +" + label + " build, which only the PyTorch index"
          + " serves: install it with index(PackageIndex.pytorch(\"" + label + "\"))");
    }
    return Optional.empty();
  }

  /** The version of {@code canonicalName} that goes with torch {@code torchVersion}. */
  private static String version(String canonicalName, String torchVersion) {
    List<Integer> t = Versions.release(torchVersion);
    int major = t.get(0);
    int minor = t.size() > 1 ? t.get(1) : 0;
    int patch = t.size() > 2 ? t.get(2) : 0;
    return switch (canonicalName) {
      case "torchvision" -> "0." + (major == 1 ? minor + 1 : minor + 15) + "." + patch;
      case "torchaudio" -> major == 1 ? "0." + minor + "." + patch
          : minor <= 11 ? "2." + minor + "." + patch : "2.11.0";
      default -> major + "." + minor + "." + patch;
    };
  }

  private static void checkPinnedMember(PipRequirement requirement) {
    if (!isPinnedMember(requirement)) {
      throw new IllegalArgumentException(requirement + " is no exact pin of torch, torchvision or torchaudio");
    }
  }
}
