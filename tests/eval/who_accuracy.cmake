# CTest `who_accuracy`: builds the demo district (assets/demo) into the build tree and runs the
# 谁来管 evaluation on it, failing when top-3 accuracy drops below MIN_TOP3.
#
#   cmake -DCLI=…/dutyatlas -DNODE=…/node -DSOURCE_DIR=… -DOUT_DIR=… [-DMIN_TOP3=0.9]
#         -P tests/eval/who_accuracy.cmake
foreach(var CLI NODE SOURCE_DIR OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "who_accuracy.cmake: -D${var}=… is required")
  endif()
endforeach()
if(NOT DEFINED MIN_TOP3)
  set(MIN_TOP3 0.9)
endif()

execute_process(
  COMMAND "${CLI}" build "${SOURCE_DIR}/assets/demo" -o "${OUT_DIR}"
          --ui-text "${SOURCE_DIR}/web/ui_text"
  RESULT_VARIABLE built
  OUTPUT_VARIABLE build_output
  ERROR_VARIABLE build_output)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "dutyatlas build assets/demo failed (${built}):\n${build_output}")
endif()

execute_process(
  COMMAND "${NODE}" "${SOURCE_DIR}/tests/eval/evaluate.mjs" "${OUT_DIR}" --cli "${CLI}"
          --min-top3 "${MIN_TOP3}"
  RESULT_VARIABLE evaluated)
if(NOT evaluated EQUAL 0)
  message(FATAL_ERROR "谁来管 evaluation failed (exit ${evaluated})")
endif()
